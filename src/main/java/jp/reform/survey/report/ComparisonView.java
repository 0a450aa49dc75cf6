package jp.reform.survey.report;

import java.util.List;

/**
 * 「前年度報告との比較」 of one plan as summary.html shows it (see {@code review.ReportComparison}).
 *
 * @param olderYear the earlier report's year (和暦), {@code newerYear} the latest
 */
public record ComparisonView(String planName, String olderYear, String newerYear, List<Change> statusChanges,
		List<Change> kpiChanges, List<Change> restatements) {

	/**
	 * One difference: the item, what (進捗, 効果額 …) of which year, and each report's value with its cell
	 * ({@link ValueView#NONE} where a report states nothing).
	 *
	 * @param direction 前進 / 後退 for a status, the signed difference for a figure, or "" when none applies
	 */
	public record Change(String code, String itemName, String lead, String what, String year, ValueView older,
			ValueView newer, String direction) {
	}

	public boolean isEmpty() {
		return statusChanges.isEmpty() && kpiChanges.isEmpty() && restatements.isEmpty();
	}

}
