package jp.reform.survey.report;

import java.util.List;

/**
 * One 推進項目管理表 page, as the office publishes one per 中分類 (seed 000 pp. 3–18): the heading, the
 * 目標, the 進捗管理 table (効果目標額, 達成額, 達成率 per year and 計) and every item with its years side by side.
 * Its columns are those of what the plan measures ({@link Columns}): Iizuka's 実施スケジュール・進捗・成果指標・成果状況,
 * Ogori's 達成度・実施内容・実績・計画, Annaka's 計画・数値目標.
 *
 * @param anchor the page's id in summary.html (kanri-Ⅱ②, with the plan's suffix)
 * @param goal the 中分類's 目標 as its items state it, null when none does
 * @param progress one row per fiscal year, then the 計 row; empty when the plan has no effect amounts
 * @param columns the item table's columns of this plan
 */
public record ManagementPage(String anchor, String categoryCode, String categoryName, String subcategoryCode,
		String subcategoryName, ValueView goal, List<ProgressRow> progress, Columns columns, List<Item> items) {

	/** 年度 (or 計), 効果目標額, 達成額, 達成率. */
	public record ProgressRow(String year, String target, String actual, String rate, boolean total) {
	}

	/**
	 * The plan's columns of the item table, besides No., 所管課 and 実施項目: 実施内容（最新年度） when an item states
	 * one, the year columns, the 成果指標 when an item names one, and the KPI's year columns after it.
	 *
	 * @param activities whether the 実施内容（最新年度） column is there
	 * @param years the year columns before the 成果指標
	 * @param kpi whether the 成果指標 column is there
	 * @param kpiYears the year columns after it
	 */
	public record Columns(boolean activities, List<Column> years, boolean kpi, List<Column> kpiYears) {

		/** Whether the items have a row per year (at least one year column). */
		public boolean yearly() {
			return !years.isEmpty() || !kpiYears.isEmpty();
		}

	}

	/** A year column: its heading and how its cells are set (center: a status word, num: a figure, prose). */
	public record Column(String heading, String style) {
	}

	/**
	 * One 実施項目: No., 所管課 (every one, lead first), name, the latest year's 実施内容, its 成果指標 and a row
	 * per year.
	 */
	public record Item(int no, List<String> departments, String name, ValueView activities, String kpiName,
			List<Year> years) {
	}

	/** One year of an item: its cells in the order of the columns, each with its cell. */
	public record Year(String year, List<ValueView> cells, List<ValueView> kpiCells) {
	}

}
