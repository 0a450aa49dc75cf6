package jp.reform.survey.report;

import jp.reform.survey.consolidate.PlanSummary;

/**
 * One plan in the index summary.html becomes when the inbox holds several plans: its headline
 * figures, where its departments stand, and the link to its own page.
 *
 * @param href the plan's page, relative to summary.html and URL-encoded
 * @param files the plan's submitted files, {@code filesWithErrors} of them rejected or held back in part
 */
public record PlanIndexRow(PlanSummary plan, String href, long departments, long submitted, long withErrors,
		long notYet, long files, long filesWithErrors) {

	static PlanIndexRow of(PlanPages.Page page, PlanView view) {
		return new PlanIndexRow(page.plan(), page.href(), view.departments().size(), view.departmentsIn("submitted"),
				view.departmentsIn("with-errors"), view.departmentsIn("not-yet"), page.data().submissions().size(),
				page.data().submissions().stream().filter(s -> s.status().hasErrors()).count());
	}

}
