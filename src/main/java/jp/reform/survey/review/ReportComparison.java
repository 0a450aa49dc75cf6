package jp.reform.survey.review;

import java.util.List;

import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;

/**
 * 「前年度報告との比較」 of one plan: what the report of {@code newerYear} says differently from the report
 * of {@code olderYear} — items whose status advanced or fell back, KPI changes, and restatements (a figure
 * of a past fiscal year the newer report states differently), each side with its file, sheet and cell.
 */
public record ReportComparison(String planName, int olderYear, int newerYear, List<StatusChange> statusChanges,
		List<KpiChange> kpiChanges, List<Restatement> restatements) {

	public ReportComparison {
		statusChanges = List.copyOf(statusChanges);
		kpiChanges = List.copyOf(kpiChanges);
		restatements = List.copyOf(restatements);
	}

	/** 進捗 of each report's own year: not implemented → implemented is an advance, the reverse a fall back. */
	public record StatusChange(CurrentItem item, Evidence older, Evidence newer, boolean advanced) {
	}

	/** The latest 成果状況 each report states. */
	public record KpiChange(CurrentItem item, Evidence older, Evidence newer) {
	}

	/**
	 * A figure of fiscal year {@code fiscalYear} (up to the older report's year) as each report states it;
	 * null on the side that states none.
	 */
	public record Restatement(CurrentItem item, Field field, int fiscalYear, Evidence older, Evidence newer) {
	}

	public boolean isEmpty() {
		return statusChanges.isEmpty() && kpiChanges.isEmpty() && restatements.isEmpty();
	}

}
