package jp.reform.survey.report.chart;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.report.JapaneseFormats;

/**
 * The summary's charts as inline SVG markup (no script, no external file): drawn for grayscale
 * print — hatching and dash styles instead of colour, direct labels in Japanese. Each call takes an
 * id unique on the page, since inline SVGs share the page's id namespace.
 */
public final class SvgCharts {

	private final YearEffectChart years;

	private final SubcategoryChart subcategories;

	private final KpiTrendChart kpi;

	public SvgCharts(JapaneseFormats formats) {
		this.years = new YearEffectChart(formats);
		this.subcategories = new SubcategoryChart(formats);
		this.kpi = new KpiTrendChart(formats);
	}

	/** 目標 vs 実績 per fiscal year. */
	public String yearEffects(PlanSummary plan, String id) {
		return years.render(plan, id);
	}

	/** Per 中分類: implemented share and 効果額 達成率. */
	public String subcategoryAchievement(PlanSummary plan, String id) {
		return subcategories.render(plan, id);
	}

	public String kpiTrend(KpiSeries series, String id) {
		return kpi.smallMultiple(series, id);
	}

	public String kpiSparkline(KpiSeries series, String id) {
		return kpi.sparkline(series, id);
	}

}
