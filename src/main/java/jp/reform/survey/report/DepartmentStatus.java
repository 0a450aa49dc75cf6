package jp.reform.survey.report;

import java.math.BigDecimal;

import jp.reform.survey.store.Submission;

/**
 * Where a department expected to report on a plan stands: its newest submission for the plan's report
 * year, the findings on it, and the items it leads.
 *
 * @param latest the newest submission for the plan's report year, or null (not yet submitted)
 * @param lastReportYear the report year of its newest submission for the plan in any year, or null
 * @param feedbackFile whether {@code feedback/<department>.html} (per-department feedback) exists
 * @param submittedBy when the department's items came in another department's file: that file's department
 *        (empty when the file names none); null when the department sent its own file or none
 */
public record DepartmentStatus(String department, State state, Submission latest, Integer lastReportYear,
		long errors, long warnings, int items, int implemented, BigDecimal effectTarget, BigDecimal effectActual,
		boolean feedbackFile, String submittedBy) {

	/** The three states the issue asks for; the symbol keeps them apart in grayscale print. */
	public enum State {

		SUBMITTED("提出済", "●"), NOT_YET("未提出", "○"), WITH_ERRORS("エラーあり", "✕");

		private final String label;

		private final String symbol;

		State(String label, String symbol) {
			this.label = label;
			this.symbol = symbol;
		}

		public String label() {
			return label;
		}

		public String symbol() {
			return symbol;
		}

		/** For CSS and the test: submitted, not-yet, with-errors. */
		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}
