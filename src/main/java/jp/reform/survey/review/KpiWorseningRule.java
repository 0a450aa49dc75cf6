package jp.reform.survey.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.reform.survey.consolidate.KpiDirection;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * KPI_WORSENING: the 成果状況 moved away from its 数値目標 in each of the last {@code years} years up to the
 * latest — its shortfall against that year's target grew — or, where the year has no target, against
 * the KPI's good direction. Lower is better when a target is written as an upper bound (「以下」「未満」),
 * else higher. The figure is the whole run of worsening years; the evidence the 成果状況 (and 数値目標)
 * cells of the run and the year before it.
 */
final class KpiWorseningRule extends ItemRule {

	private final int years;

	KpiWorseningRule(int years) {
		super(Reason.KPI_WORSENING, BigDecimal.valueOf(years));
		this.years = years;
	}

	@Override
	Optional<ReviewCandidate> judge(CurrentItem item, int latestYear) {
		List<SourcedValue> targets = item.values(Field.KPI_TARGET);
		// no target at all: the direction the profile gives the KPI, else higher
		boolean lowerIsBetter = targets.isEmpty() ? KpiDirection.of(item, null) == KpiDirection.LOWER
				: targets.stream().anyMatch(t -> KpiDirection.of(item, t) == KpiDirection.LOWER);
		int run = 0;
		for (int year = latestYear;; year--) {
			Optional<BigDecimal> now = actual(item, year);
			Optional<BigDecimal> before = actual(item, year - 1);
			if (now.isEmpty() || before.isEmpty() || !worsened(before.get(), now.get(), target(item, year), lowerIsBetter)) {
				break;
			}
			run++;
		}
		if (run < years) {
			return Optional.empty();
		}
		List<Evidence> evidence = new ArrayList<>();
		for (int year = latestYear - run; year <= latestYear; year++) {
			item.value(Field.KPI_TARGET, year).filter(t -> t.number() != null).ifPresent(t -> evidence.add(evidence(item, t)));
			evidence.add(evidence(item, item.value(Field.KPI_ACTUAL, year).orElseThrow()));
		}
		return Optional.of(ReviewCandidate.ofItem(item, Reason.KPI_WORSENING, BigDecimal.valueOf(run),
				BigDecimal.valueOf(years), evidence));
	}

	private static boolean worsened(BigDecimal before, BigDecimal now, Optional<BigDecimal> target,
			boolean lowerIsBetter) {
		if (target.isPresent()) {
			BigDecimal gapNow = shortfall(now, target.get(), lowerIsBetter);
			return gapNow.signum() > 0 && gapNow.compareTo(shortfall(before, target.get(), lowerIsBetter)) > 0;
		}
		int change = now.compareTo(before);
		return lowerIsBetter ? change > 0 : change < 0;
	}

	/** How far a figure falls short of the target (0 when it meets it). */
	private static BigDecimal shortfall(BigDecimal value, BigDecimal target, boolean lowerIsBetter) {
		BigDecimal gap = lowerIsBetter ? value.subtract(target) : target.subtract(value);
		return gap.max(BigDecimal.ZERO);
	}

	private static Optional<BigDecimal> actual(CurrentItem item, int year) {
		return item.value(Field.KPI_ACTUAL, year).map(SourcedValue::number);
	}

	private static Optional<BigDecimal> target(CurrentItem item, int year) {
		return item.value(Field.KPI_TARGET, year).map(SourcedValue::number);
	}

}
