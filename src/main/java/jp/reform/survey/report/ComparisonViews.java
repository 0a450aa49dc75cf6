package jp.reform.survey.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.review.Evidence;
import jp.reform.survey.review.ReportComparison;
import jp.reform.survey.review.YearOverYear;
import jp.reform.survey.store.CurrentItem;

/** 「前年度報告との比較」 for each plan whose store holds an earlier report year, keyed by plan name. */
final class ComparisonViews {

	private final JapaneseFormats fmt;

	private final ValueText values;

	private final YearOverYear yearOverYear = new YearOverYear();

	ComparisonViews(JapaneseFormats fmt) {
		this.fmt = fmt;
		this.values = new ValueText(fmt);
	}

	Map<String, ComparisonView> of(ReportData data) {
		Map<String, ComparisonView> views = new HashMap<>();
		for (PlanSummary prior : data.priorYears()) {
			data.plans()
				.stream()
				.filter(p -> p.planName().equals(prior.planName()) && p.reportYear() != null)
				.findFirst()
				.ifPresent(plan -> views.put(plan.planName(), view(yearOverYear.compare(plan, prior))));
		}
		return views;
	}

	private ComparisonView view(ReportComparison c) {
		List<ComparisonView.Change> status = new ArrayList<>();
		c.statusChanges()
			.forEach(s -> status.add(change(s.item(), "進捗", "", s.older(), s.newer(), s.advanced() ? "前進" : "後退")));
		List<ComparisonView.Change> kpi = new ArrayList<>();
		c.kpiChanges()
			.forEach(k -> kpi.add(change(k.item(), k.item().kpiName() == null ? "成果指標" : k.item().kpiName(), "",
					k.older(), k.newer(), difference(k.older(), k.newer()))));
		List<ComparisonView.Change> restated = new ArrayList<>();
		c.restatements()
			.forEach(r -> restated.add(change(r.item(), r.field().label(), fmt.wareki(r.fiscalYear()), r.older(),
					r.newer(), difference(r.older(), r.newer()))));
		return new ComparisonView(c.planName(), fmt.wareki(c.olderYear()), fmt.wareki(c.newerYear()), status, kpi,
				restated);
	}

	private ComparisonView.Change change(CurrentItem item, String what, String year, Evidence older, Evidence newer,
			String direction) {
		return new ComparisonView.Change(
				item.categoryCode() + "-" + item.subcategoryCode() + "-" + item.itemNo(), item.name(),
				item.leadDepartment(), what, year, value(older), value(newer), direction);
	}

	/** A value with its year when it is not the row's own (a KPI's latest figure), and its cell. */
	private ValueView value(Evidence e) {
		if (e == null) {
			return ValueView.NONE;
		}
		return new ValueView(values.of(e.value()) + (e.value().fiscalYear() == null ? ""
				: "（" + fmt.warekiShort(e.value().fiscalYear()) + "）"), SourceRef.of(e.file(), e.value()));
	}

	private String difference(Evidence older, Evidence newer) {
		if (older == null || newer == null || older.value().number() == null || newer.value().number() == null) {
			return "";
		}
		BigDecimal delta = newer.value().number().subtract(older.value().number());
		return fmt.delta(delta);
	}

}
