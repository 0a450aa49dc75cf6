package jp.reform.survey.report;

import java.util.List;

/**
 * One 推進項目管理表 page, as the office publishes one per 中分類 (seed 000 pp. 3–18): the heading, the
 * 目標, the 進捗管理 table (効果目標額, 達成額, 達成率 per year and 計) and every item with its years side by side.
 *
 * @param anchor the page's id in summary.html (kanri-Ⅱ②, with the plan's suffix)
 * @param goal the 中分類's 目標 as its items state it, null when none does
 * @param progress one row per fiscal year, then the 計 row; empty when the plan has no effect amounts
 */
public record ManagementPage(String anchor, String categoryCode, String categoryName, String subcategoryCode,
		String subcategoryName, ValueView goal, List<ProgressRow> progress, List<Item> items) {

	/** 年度 (or 計), 効果目標額, 達成額, 達成率. */
	public record ProgressRow(String year, String target, String actual, String rate, boolean total) {
	}

	/**
	 * One 実施項目: No., 所管課 (every one, lead first), name, the latest year's 実施内容, its 成果指標 and a row
	 * per year.
	 */
	public record Item(int no, List<String> departments, String name, ValueView activities, String kpiName,
			List<Year> years) {
	}

	/** One year of an item: 実施スケジュール, 進捗, 成果状況, each with its cell. */
	public record Year(String year, ValueView schedule, ValueView progress, ValueView kpiActual) {
	}

}
