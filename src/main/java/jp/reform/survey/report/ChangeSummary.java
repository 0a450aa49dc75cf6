package jp.reform.survey.report;

import java.util.List;

import jp.reform.survey.store.Submission;

/**
 * What changed since the previous run's reports: files loaded since, and per plan the figures of
 * 推進項目の一覧 and the item values that differ.
 *
 * @param previousAt when the previous reports were written, or null on the first run
 */
public record ChangeSummary(String previousAt, List<Submission> newSubmissions, List<PlanChanges> plans) {

	public boolean firstRun() {
		return previousAt == null;
	}

	public boolean nothingChanged() {
		return newSubmissions.isEmpty() && plans.stream().allMatch(PlanChanges::empty);
	}

	/** Changes of one plan; a plan not in the previous report has {@code newPlan} set and no details. */
	public record PlanChanges(String planName, boolean newPlan, List<FigureChange> headline,
			List<FigureChange> figures, List<ItemChange> items) {

		public boolean empty() {
			return !newPlan && headline.isEmpty() && figures.isEmpty() && items.isEmpty();
		}

	}

	/** A figure of the table, formatted: before → after and the difference. */
	public record FigureChange(String label, String before, String after, String delta) {
	}

	/** A changed item value, with the cell the new value came from (null for a whole-item change). */
	public record ItemChange(String code, String name, String what, String before, String after, SourceRef source) {
	}

}
