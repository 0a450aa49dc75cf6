package jp.reform.survey.report;

import java.util.List;

import jp.reform.survey.consolidate.PlanSummary;

/**
 * One plan as summary.html shows it: the consolidated table, the charts (inline SVG markup), the item
 * list with its filter choices and the department status.
 *
 * @param anchor suffix that keeps element ids unique when the inbox holds several plans ("" for the first)
 */
public record PlanView(PlanSummary summary, String anchor, String yearChart, String subcategoryChart,
		List<ItemView> items, List<DepartmentStatus> departments, List<Option> categoryOptions,
		List<Option> subcategoryOptions, List<String> departmentOptions, ResultsView results, TargetsView targets) {

	/** A filter choice: the value rows carry and the label shown. */
	public record Option(String value, String label) {
	}

	public List<ItemView> kpiItems() {
		return items.stream().filter(i -> i.kpiChart() != null).toList();
	}

	public long departmentsIn(String stateKey) {
		return departments.stream().filter(d -> d.state().key().equals(stateKey)).count();
	}

}
