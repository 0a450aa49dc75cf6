package jp.reform.survey.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.store.CurrentItem;

/**
 * 見直し候補: the items of each plan the committee should look at, by the rules switched on in
 * {@link ReviewProperties}, each candidate with the values that triggered it. Judged as of the plan's
 * report year (the latest surveyed year), else the last year of its period.
 */
public final class ReviewRules {

	private final List<Rule> rules = new ArrayList<>();

	private final String settings;

	public ReviewRules(ReviewProperties properties) {
		Statuses statuses = new Statuses();
		if (properties.stalled().enabled()) {
			rules.add(new StalledRule(statuses, properties.stalled().years()));
		}
		if (properties.behindSchedule().enabled()) {
			rules.add(new BehindScheduleRule(statuses));
		}
		if (properties.lowEffect().enabled()) {
			rules.add(EffectRateRule.lowEffect(properties.lowEffect().belowPercent()));
		}
		if (properties.kpiWorsening().enabled()) {
			rules.add(new KpiWorseningRule(properties.kpiWorsening().years()));
		}
		if (properties.lowAchievement().enabled()) {
			rules.add(new LowAchievementRule(properties.lowAchievement().belowPercent()));
		}
		if (properties.targetTooLow().enabled()) {
			rules.add(EffectRateRule.targetTooLow(properties.targetTooLow().abovePercent()));
		}
		this.settings = properties.toString();
	}

	public List<PlanReview> review(List<PlanSummary> plans) {
		return plans.stream().map(this::review).toList();
	}

	public PlanReview review(PlanSummary plan) {
		Integer latest = plan.reportYear() != null ? plan.reportYear()
				: plan.years().isEmpty() ? null : plan.years().get(plan.years().size() - 1);
		List<ReviewCandidate> candidates = new ArrayList<>();
		if (latest != null) {
			Map<String, List<CurrentItem>> bySubcategory = new LinkedHashMap<>();
			plan.items()
				.forEach(i -> bySubcategory.computeIfAbsent(i.categoryCode() + "\t" + i.subcategoryCode(),
						k -> new ArrayList<>()).add(i));
			bySubcategory.values().forEach(items -> rules.forEach(rule -> candidates.addAll(rule.judge(items, latest))));
			// plan order: a whole 中分類 before its items, then item by item, each item's reasons in rule order
			candidates.sort(Comparator.comparingInt((ReviewCandidate c) -> c.any().categoryOrdinal())
				.thenComparingInt(c -> c.any().subcategoryOrdinal())
				.thenComparingInt(c -> c.wholeSubcategory() ? -1 : plan.items().indexOf(c.item()))
				.thenComparing(ReviewCandidate::reason));
		}
		return new PlanReview(plan.planName(), latest,
				rules.stream().map(r -> new PlanReview.Setting(r.reason(), r.threshold())).toList(), candidates);
	}

	/** The settings the rules were made from: part of the reports' state key, so a changed threshold rewrites them. */
	public String settings() {
		return settings;
	}

}
