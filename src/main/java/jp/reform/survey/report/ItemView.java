package jp.reform.survey.report;

import java.util.List;

import jp.reform.survey.report.chart.KpiSeries;

/**
 * An item as the summary's 実施項目 list shows it.
 *
 * @param code Ⅲ-②-7 (大分類-中分類-No.), as the sample's sheet names and the published pages number items
 * @param subcategoryKey Ⅲ② — what the 中分類 filter matches
 * @param departments every 所管課 named, lead first
 * @param sparkline inline SVG of the 成果指標, or null when fewer than two years carry a figure
 * @param kpiChart the larger small-multiple SVG for 成果指標の推移, or null
 * @param achievement the item's 達成度 in the plan's achievement year (「－」 when none)
 * @param detail every value the item carries, by the plan's fields
 */
public record ItemView(String code, String categoryCode, String categoryLabel, String subcategoryKey,
		String subcategoryLabel, int itemNo, String name, String lead, List<String> departments, boolean implemented,
		String kpiLabel, KpiSeries kpi, String sparkline, String kpiChart, List<ItemYearView> years,
		ValueView effectTargetTotal, ValueView effectActualTotal, String file, String submittedAt,
		ValueView achievement, String achievementBand, ItemDetail detail) {

}
