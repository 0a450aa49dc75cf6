package jp.reform.survey.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * LOW_ACHIEVEMENT: the 達成度 entered for the latest year (Ogori's 年度計画達成度) is below the threshold.
 * A year that carries a 効果目標額 is left to LOW_EFFECT: there the entered rate is the 効果額's own
 * 達成率 of one year, and the plan period is what the committee judges.
 */
final class LowAchievementRule extends ItemRule {

	private final BigDecimal belowPercent;

	LowAchievementRule(BigDecimal belowPercent) {
		super(Reason.LOW_ACHIEVEMENT, belowPercent);
		this.belowPercent = belowPercent;
	}

	@Override
	Optional<ReviewCandidate> judge(CurrentItem item, int latestYear) {
		if (item.value(Field.EFFECT_TARGET, latestYear).filter(v -> v.number() != null).isPresent()) {
			return Optional.empty();
		}
		Optional<SourcedValue> rate = item.value(Field.RATE, latestYear).filter(v -> v.number() != null);
		if (rate.isEmpty() || rate.get().number().compareTo(belowPercent) >= 0) {
			return Optional.empty();
		}
		return Optional.of(ReviewCandidate.ofItem(item, Reason.LOW_ACHIEVEMENT, rate.get().number(), belowPercent,
				List.of(evidence(item, rate.get()))));
	}

}
