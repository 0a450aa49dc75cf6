package jp.reform.survey.report;

import java.util.List;

/**
 * 「数値目標と実績」: per 大分類/中分類 every item's 数値目標 for each plan year, and its actual against it
 * once entered (達成, 未達成) — until then marked 実績待ち.
 */
public record TargetsView(List<Integer> years, List<Group> groups) {

	public record Group(String label, List<Row> rows) {
	}

	public record Row(ItemView item, String kpiLabel, List<Cell> cells) {
	}

	/** @param verdict met, missed, awaiting, not-comparable (CSS class); {@code verdictLabel} its words */
	public record Cell(int fiscalYear, ValueView target, ValueView actual, String verdict, String verdictLabel) {
	}

}
