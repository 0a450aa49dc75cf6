package jp.reform.survey.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jp.reform.survey.consolidate.CategorySummary;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.consolidate.SubcategorySummary;
import jp.reform.survey.report.chart.SvgCharts;

/** Builds the per-plan views of summary.html: charts, item rows, filter choices, department status. */
final class PlanViews {

	private final SvgCharts charts;

	private final ItemViews items;

	private final DepartmentStatuses departments;

	private final MeasureViews measures;

	private final DepartmentOrder order;

	PlanViews(JapaneseFormats fmt, FeedbackLinks feedback, DepartmentOrder order) {
		this.order = order;
		this.charts = new SvgCharts(fmt);
		this.items = new ItemViews(fmt, charts);
		this.departments = new DepartmentStatuses(feedback::exists);
		this.measures = new MeasureViews(fmt);
	}

	List<PlanView> of(ReportData data) {
		List<PlanView> views = new ArrayList<>();
		for (PlanSummary plan : data.plans()) {
			String anchor = views.isEmpty() ? "" : "-" + (views.size() + 1);
			String id = "p" + (views.size() + 1);
			List<ItemView> rows = items.of(plan, id + "-item");
			views.add(new PlanView(plan, anchor, charts.yearEffects(plan, id + "-years"),
					charts.subcategoryAchievement(plan, id + "-subs"), rows, departments.of(plan, data),
					categoryOptions(plan), subcategoryOptions(plan), departmentOptions(rows), measures.results(plan, rows),
					measures.targets(plan, rows)));
		}
		return views;
	}

	private static List<PlanView.Option> categoryOptions(PlanSummary plan) {
		return plan.categories().stream().map(c -> new PlanView.Option(c.code(), c.code() + " " + c.name())).toList();
	}

	private static List<PlanView.Option> subcategoryOptions(PlanSummary plan) {
		List<PlanView.Option> options = new ArrayList<>();
		for (CategorySummary c : plan.categories()) {
			for (SubcategorySummary s : c.subcategories()) {
				options.add(new PlanView.Option(c.code() + s.code(), c.code() + s.code() + " " + s.name()));
			}
		}
		return options;
	}

	/** Every department named on an item, lead or not, in Japanese collation order. */
	private List<String> departmentOptions(List<ItemView> rows) {
		TreeSet<String> names = new TreeSet<>(order);
		rows.forEach(r -> names.addAll(r.departments()));
		return List.copyOf(names);
	}

}
