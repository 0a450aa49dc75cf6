package jp.reform.survey.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** 達成率 = 実績 / 目標 × 100, rounded half-up to two decimals, as the office publishes it. */
public final class AchievementRates {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Empty when there is no actual, or no target to measure against (missing or zero). */
	public Optional<BigDecimal> rate(BigDecimal actual, BigDecimal target) {
		if (actual == null || target == null || target.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(actual.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP));
	}
}
