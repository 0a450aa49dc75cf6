package jp.reform.survey.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.reform.survey.normalize.AchievementRates;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Measure;
import jp.reform.survey.vocabulary.Role;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * LOW_EFFECT and TARGET_TOO_LOW: 効果額 達成率 over the plan period up to the latest year (Σ 効果額 /
 * Σ 効果目標額 × 100, as 推進項目の一覧 computes it), where a target above 0 was set. Years after the latest
 * are left out: their targets have no results yet; no 効果額 entered against a target is 0.
 * <p>
 * Per item where the items carry their own targets: every item with a 効果額 other than 0 also has a
 * target. Otherwise — a 中分類 whose targets sit on one item and its results on others, as published
 * reports give targets per 中分類 only — the 中分類 is judged as a whole.
 */
final class EffectRateRule implements Rule {

	private final AchievementRates rates = new AchievementRates();

	private final Reason reason;

	private final BigDecimal threshold;

	/** true: a rate below the threshold is a candidate; false: above it. */
	private final boolean below;

	private EffectRateRule(Reason reason, BigDecimal threshold, boolean below) {
		this.reason = reason;
		this.threshold = threshold;
		this.below = below;
	}

	static EffectRateRule lowEffect(BigDecimal belowPercent) {
		return new EffectRateRule(Reason.LOW_EFFECT, belowPercent, true);
	}

	static EffectRateRule targetTooLow(BigDecimal abovePercent) {
		return new EffectRateRule(Reason.TARGET_TOO_LOW, abovePercent, false);
	}

	@Override
	public Reason reason() {
		return reason;
	}

	@Override
	public BigDecimal threshold() {
		return threshold;
	}

	/** The effect values of one item up to the latest year, and their sums. */
	private record Effects(CurrentItem item, List<SourcedValue> values, BigDecimal target, BigDecimal actual) {

		static Effects of(CurrentItem item, int latestYear) {
			List<SourcedValue> values = new ArrayList<>();
			BigDecimal target = BigDecimal.ZERO;
			BigDecimal actual = BigDecimal.ZERO;
			for (SourcedValue v : item.values()) {
				if (v.fiscalYear() == null || v.fiscalYear() > latestYear || v.number() == null
						|| v.field().measure() != Measure.EFFECT) {
					continue;
				}
				if (v.field().role() == Role.TARGET) {
					target = target.add(v.number());
					values.add(v);
				}
				else if (v.field().role() == Role.ACTUAL) {
					actual = actual.add(v.number());
					values.add(v);
				}
			}
			return new Effects(item, values, target, actual);
		}

		boolean any() {
			return !values.isEmpty();
		}

	}

	@Override
	public List<ReviewCandidate> judge(List<CurrentItem> subcategory, int latestYear) {
		List<Effects> effects = subcategory.stream().map(i -> Effects.of(i, latestYear)).filter(Effects::any).toList();
		boolean perItem = effects.stream().allMatch(e -> e.actual().signum() == 0 || e.target().signum() > 0);
		if (perItem) {
			return effects.stream().flatMap(e -> candidate(e.item(), List.of(e)).stream()).toList();
		}
		return candidate(null, effects).map(List::of).orElse(List.of());
	}

	private Optional<ReviewCandidate> candidate(CurrentItem item, List<Effects> effects) {
		BigDecimal target = effects.stream().map(Effects::target).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal actual = effects.stream().map(Effects::actual).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (target.signum() <= 0) {
			return Optional.empty();
		}
		BigDecimal rate = rates.rate(actual, target).orElseThrow();
		if (below ? rate.compareTo(threshold) >= 0 : rate.compareTo(threshold) <= 0) {
			return Optional.empty();
		}
		List<Evidence> evidence = new ArrayList<>();
		effects.forEach(e -> e.values().forEach(v -> evidence.add(new Evidence(e.item().fileName(), v))));
		evidence.sort(Comparator.comparing((Evidence e) -> e.value().fiscalYear())
			.thenComparing(e -> e.value().field().role() == Role.TARGET ? 0 : 1));
		return Optional.of(new ReviewCandidate(item, effects.stream().map(Effects::item).toList(), reason, rate,
				threshold, evidence));
	}

}
