package jp.reform.survey.report.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.consolidate.YearFigures;
import jp.reform.survey.report.JapaneseFormats;

/**
 * 目標 vs 実績 per fiscal year as grouped bars: 目標 hatched, 実績 solid dark grey, each bar labelled
 * with its amount and each year with its 達成率, so the chart reads without colour or a legend lookup.
 */
final class YearEffectChart {

	private static final double WIDTH = 960;

	private static final double HEIGHT = 340;

	private static final double LEFT = 92;

	private static final double RIGHT = 16;

	private static final double TOP = 44;

	private static final double BOTTOM = 62;

	private final JapaneseFormats fmt;

	YearEffectChart(JapaneseFormats fmt) {
		this.fmt = fmt;
	}

	String render(PlanSummary plan, String id) {
		List<YearFigures> years = plan.totals();
		Svg svg = new Svg(WIDTH, HEIGHT, id, "年度別の効果額（目標と実績、千円）").hatchPattern("target");
		double max = years.stream()
			.flatMap(y -> Stream.of(y.target(), y.actual()))
			.filter(Objects::nonNull)
			.mapToDouble(BigDecimal::doubleValue)
			.max()
			.orElse(0);
		NiceScale scale = NiceScale.upTo(max);
		double plotW = WIDTH - LEFT - RIGHT;
		double plotH = HEIGHT - TOP - BOTTOM;
		double baseY = TOP + plotH;
		for (int t = 0; t <= scale.ticks(); t++) {
			double value = t * scale.step();
			double y = baseY - plotH * value / scale.max();
			svg.line(LEFT, y, WIDTH - RIGHT, y, t == 0 ? Svg.INK : Svg.LIGHT, t == 0 ? 1.2 : 0.8, t == 0 ? null : "3 3");
			svg.text(LEFT - 6, y + 4, fmt.number(BigDecimal.valueOf(value).stripTrailingZeros()), "end", 11, Svg.DARK,
					null);
		}
		svg.text(LEFT - 6, TOP - 12, "（千円）", "end", 11, Svg.DARK, null);
		legend(svg);
		double group = plotW / Math.max(1, years.size());
		double bar = Math.min(56, group * 0.3);
		for (int i = 0; i < years.size(); i++) {
			YearFigures y = years.get(i);
			double center = LEFT + group * (i + 0.5);
			bar(svg, center - bar - 2, bar, y.target(), scale, plotH, baseY, svg.ref("target"), "目標", y.fiscalYear());
			bar(svg, center + 2, bar, y.actual(), scale, plotH, baseY, Svg.DARK, "実績", y.fiscalYear());
			svg.textWithTitle(center, baseY + 20, fmt.wareki(y.fiscalYear()), fmt.seireki(y.fiscalYear()), "middle", 13);
			svg.text(center, baseY + 40, "達成率 " + (y.rate() == null ? "－" : fmt.rate(y.rate()) + "%"), "middle", 11,
					Svg.DARK, null);
		}
		return svg.render();
	}

	private void bar(Svg svg, double x, double width, BigDecimal value, NiceScale scale, double plotH, double baseY,
			String fill, String kind, int year) {
		double h = value == null ? 0 : plotH * Math.max(0, value.doubleValue()) / scale.max();
		String label = fmt.kyen(value);
		svg.group(fmt.wareki(year) + " " + kind + ": " + label + " 千円");
		svg.rect(x, baseY - h, width, h, fill, Svg.INK);
		svg.text(x + width / 2, baseY - h - 4, label, "middle", 10.5, Svg.INK, "実績".equals(kind) ? "bold" : null,
				true);
		svg.end();
	}

	private static void legend(Svg svg) {
		double x = WIDTH - RIGHT - 300;
		svg.rect(x, 12, 18, 12, svg.ref("target"), Svg.INK);
		svg.text(x + 24, 22, "目標（効果目標額）", "start", 12, Svg.INK, null);
		svg.rect(x + 150, 12, 18, 12, Svg.DARK, Svg.INK);
		svg.text(x + 174, 22, "実績（効果額）", "start", 12, Svg.INK, null);
	}

}
