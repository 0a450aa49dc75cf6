package jp.reform.survey.report.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jp.reform.survey.report.JapaneseFormats;

/**
 * A 成果指標 over the years, in two sizes: a small multiple (axis years, first and last value labelled,
 * target dashed with hollow markers) and a sparkline for a table row. Solid black for 実績 and dashed
 * grey for 目標 stay apart in grayscale; each point carries its value as a hover title.
 */
final class KpiTrendChart {

	private final JapaneseFormats fmt;

	KpiTrendChart(JapaneseFormats fmt) {
		this.fmt = fmt;
	}

	String smallMultiple(KpiSeries series, String id) {
		double width = 240;
		double height = 124;
		Frame frame = new Frame(44, 16, width - 14, height - 30, range(series));
		Svg svg = new Svg(width, height, id, series.name() + "の推移");
		svg.line(frame.left, frame.bottom, frame.right, frame.bottom, Svg.INK, 1, null);
		svg.text(frame.left - 4, frame.y(frame.range.hi) + 3, compact(frame.range.hi), "end", 9, Svg.DARK, null);
		svg.text(frame.left - 4, frame.y(frame.range.lo) + 3, compact(frame.range.lo), "end", 9, Svg.DARK, null);
		List<Integer> years = series.years();
		for (int i = 0; i < years.size(); i++) {
			svg.textWithTitle(frame.x(i, years.size()), height - 8, fmt.warekiShort(years.get(i)),
					fmt.wareki(years.get(i)) + "（" + years.get(i) + "年度）", "middle", 10);
		}
		if (series.hasTargets()) {
			draw(svg, series, series.targets(), frame, false, 2.8);
		}
		draw(svg, series, series.actuals(), frame, true, 3);
		label(svg, series, frame, true);
		label(svg, series, frame, false);
		return svg.render();
	}

	String sparkline(KpiSeries series, String id) {
		Frame frame = new Frame(3, 4, 97, 22, range(series));
		Svg svg = new Svg(100, 26, id, series.name() + "の推移");
		draw(svg, series, series.actuals(), frame, true, 2);
		return svg.render();
	}

	private void draw(Svg svg, KpiSeries series, List<BigDecimal> values, Frame frame, boolean actual, double r) {
		List<double[]> points = new ArrayList<>();
		int n = values.size();
		for (int i = 0; i < n; i++) {
			if (values.get(i) != null) {
				points.add(new double[] { frame.x(i, n), frame.y(values.get(i)) });
			}
		}
		svg.polyline(points, actual ? Svg.INK : Svg.MID, actual ? 1.6 : 1.2, actual ? null : "4 3");
		for (int i = 0; i < n; i++) {
			BigDecimal v = values.get(i);
			if (v != null) {
				String title = fmt.wareki(series.years().get(i)) + " " + (actual ? "実績" : "目標") + ": " + fmt.number(v)
						+ (series.unit() == null ? "" : " " + series.unit());
				svg.circle(frame.x(i, n), frame.y(v), r, actual ? Svg.INK : "#fff", actual ? Svg.INK : Svg.DARK, title);
			}
		}
	}

	/** Direct labels on the first and last actual value: no need to read the axis for the headline change. */
	private void label(Svg svg, KpiSeries series, Frame frame, boolean first) {
		List<BigDecimal> values = series.actuals();
		int n = values.size();
		for (int k = 0; k < n; k++) {
			int i = first ? k : n - 1 - k;
			if (values.get(i) != null) {
				double x = frame.x(i, n);
				double y = frame.y(values.get(i));
				double ly = y < frame.top + 10 ? y + 13 : y - 6;
				svg.text(first ? x - 2 : x + 2, ly, fmt.number(values.get(i)), first ? "start" : "end", 10, Svg.INK, "bold",
						true);
				return;
			}
		}
	}

	/** Axis labels in the Japanese large-number units: 9,144,073 → 914万, 250,000,000 → 2.5億. */
	private String compact(BigDecimal value) {
		BigDecimal abs = value.abs();
		String sign = value.signum() < 0 ? "△" : "";
		if (abs.compareTo(BigDecimal.valueOf(100_000_000)) >= 0) {
			return sign + abs.divide(BigDecimal.valueOf(100_000_000)).setScale(1, RoundingMode.HALF_UP)
				.stripTrailingZeros().toPlainString() + "億";
		}
		if (abs.compareTo(BigDecimal.valueOf(100_000)) >= 0) {
			return sign + fmt.number(abs.divide(BigDecimal.valueOf(10_000)).setScale(0, RoundingMode.HALF_UP))
					+ "万";
		}
		return fmt.number(value);
	}

	private static Range range(KpiSeries series) {
		List<BigDecimal> all = Stream.concat(series.actuals().stream(), series.targets().stream())
			.filter(Objects::nonNull)
			.toList();
		BigDecimal lo = all.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		BigDecimal hi = all.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
		// A flat series still gets a band to sit in (down to 0, or up to 1 for all zeros), not a zero-height axis.
		if (lo.compareTo(hi) == 0) {
			if (lo.signum() > 0) {
				lo = BigDecimal.ZERO;
			}
			else if (lo.signum() < 0) {
				hi = BigDecimal.ZERO;
			}
			else {
				hi = BigDecimal.ONE;
			}
		}
		return new Range(lo, hi);
	}

	private record Range(BigDecimal lo, BigDecimal hi) {
	}

	private record Frame(double left, double top, double right, double bottom, Range range) {

		double x(int index, int count) {
			return count <= 1 ? (left + right) / 2 : left + 8 + (right - left - 16) * index / (count - 1);
		}

		double y(BigDecimal value) {
			double lo = range.lo.doubleValue();
			double hi = range.hi.doubleValue();
			return bottom - 6 - (bottom - top - 6) * (value.doubleValue() - lo) / (hi - lo);
		}

	}

}
