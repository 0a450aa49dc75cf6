package jp.reform.survey.report.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.consolidate.CategorySummary;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.consolidate.SubcategorySummary;
import jp.reform.survey.report.JapaneseFormats;

/**
 * Per 中分類, two bar panels side by side: the share of items implemented (実施済 / 計画) and the
 * 効果額 達成率 over the whole period against a dashed 100 % line. Rates far above target (歳入確保 runs
 * at 1,234 %) are cut at {@value #RATE_CAP} % with a break mark and their figure printed, so the
 * other rows keep a readable scale; 中分類 without a target say so instead of showing a bar.
 */
final class SubcategoryChart {

	private static final double RATE_CAP = 200;

	private static final double WIDTH = 960;

	private static final double ROW = 26;

	private static final double TOP = 52;

	private static final double LABEL_W = 372;

	private static final double SHARE_X = 384;

	private static final double SHARE_W = 190;

	private static final double RATE_X = 640;

	private static final double RATE_W = 230;

	/** The width of one character of an 11 px figure label (digits, comma, point, %), a little generous. */
	private static final double LABEL_CHAR_W = 6.5;

	private record Row(String label, int planned, int implemented, BigDecimal target, BigDecimal actual,
			BigDecimal rate, boolean total) {
	}

	private final JapaneseFormats fmt;

	SubcategoryChart(JapaneseFormats fmt) {
		this.fmt = fmt;
	}

	String render(PlanSummary plan, String id) {
		List<Row> rows = rows(plan);
		double height = TOP + ROW * rows.size() + 12;
		Svg svg = new Svg(WIDTH, height, id, "中分類別の実施状況と効果額の達成率");
		header(svg, height);
		for (int i = 0; i < rows.size(); i++) {
			row(svg, rows.get(i), TOP + ROW * i);
		}
		return svg.render();
	}

	private static List<Row> rows(PlanSummary plan) {
		List<Row> rows = new ArrayList<>();
		for (CategorySummary c : plan.categories()) {
			for (SubcategorySummary s : c.subcategories()) {
				rows.add(new Row(c.code() + s.code() + " " + s.name(), s.planned(), s.implemented(), s.totalTarget(),
						s.totalActual(), s.totalRate(), false));
			}
		}
		rows.add(new Row("計", plan.planned(), plan.implemented(), plan.totalTarget(), plan.totalActual(),
				plan.totalRate(), true));
		return rows;
	}

	private void header(Svg svg, double height) {
		svg.text(SHARE_X, 18, "実施済みの項目の割合", "start", 13, Svg.INK, "bold");
		svg.text(RATE_X, 18, "効果額の達成率（計画期間計）", "start", 13, Svg.INK, "bold");
		for (int pct = 0; pct <= 100; pct += 50) {
			double x = SHARE_X + SHARE_W * pct / 100.0;
			svg.line(x, TOP - 8, x, height - 8, Svg.LIGHT, 0.8, pct == 0 ? null : "3 3");
			svg.text(x, TOP - 12, pct + "%", "middle", 10, Svg.DARK, null);
		}
		for (int pct = 0; pct <= RATE_CAP; pct += 50) {
			boolean goal = pct == 100;
			svg.text(rateX(pct), TOP - 12, goal ? "目標 100%" : pct + "%", "middle", 10, goal ? Svg.INK : Svg.DARK,
					goal ? "bold" : null);
			rateLine(svg, pct, TOP - 8, TOP);
		}
	}

	private static double rateX(double pct) {
		return RATE_X + RATE_W * pct / RATE_CAP;
	}

	/** One segment of a gridline of the rate panel; drawn row by row, so a row's note stays uncrossed. */
	private static void rateLine(Svg svg, int pct, double from, double to) {
		boolean goal = pct == 100;
		svg.line(rateX(pct), from, rateX(pct), to, goal ? Svg.INK : Svg.LIGHT, goal ? 1.4 : 0.8, goal ? "6 3" : "3 3");
	}

	private void row(Svg svg, Row row, double y) {
		double mid = y + ROW / 2;
		String weight = row.total() ? "bold" : null;
		if (row.total()) {
			svg.line(0, y, WIDTH, y, Svg.INK, 1, null);
		}
		svg.text(LABEL_W, mid + 4, row.label(), "end", 12, Svg.INK, weight);
		double share = row.planned() == 0 ? 0 : (double) row.implemented() / row.planned();
		svg.group(row.label() + ": 実施済み " + row.implemented() + " / " + row.planned() + " 項目");
		svg.rect(SHARE_X, y + 6, SHARE_W, ROW - 12, "#fff", Svg.MID);
		svg.rect(SHARE_X, y + 6, SHARE_W * share, ROW - 12, Svg.DARK, Svg.INK);
		svg.text(SHARE_X + SHARE_W + 6, mid + 4, row.implemented() + " / " + row.planned(), "start", 11, Svg.INK,
				weight);
		svg.end();
		if (row.target() == null || row.target().signum() == 0) {
			// no gridlines behind the note: the 100 % line would cross its words
			svg.text(RATE_X + 4, mid + 4, "効果目標額の設定なし（実績 " + fmt.kyen(row.actual()) + " 千円）", "start", 11,
					Svg.DARK, null);
			return;
		}
		for (int pct = 0; pct <= RATE_CAP; pct += 50) {
			rateLine(svg, pct, y, y + ROW);
		}
		double rate = row.rate() == null ? 0 : row.rate().doubleValue();
		double w = RATE_W * Math.min(rate, RATE_CAP) / RATE_CAP;
		svg.group(row.label() + ": 達成率 " + fmt.rate(row.rate()) + "%（目標 " + fmt.kyen(row.target()) + " 千円、実績 "
				+ fmt.kyen(row.actual()) + " 千円）");
		svg.rect(RATE_X, y + 6, w, ROW - 12, row.total() ? Svg.INK : Svg.DARK, Svg.INK);
		if (rate > RATE_CAP) {
			// Break mark: two white slashes across the bar end say "cut here, longer in reality".
			double bx = RATE_X + w - 14;
			svg.line(bx, y + 20, bx + 6, y + 4, "#fff", 2.5, null);
			svg.line(bx + 5, y + 20, bx + 11, y + 4, "#fff", 2.5, null);
		}
		String rateLabel = fmt.rate(row.rate()) + "%";
		double labelW = LABEL_CHAR_W * rateLabel.length();
		double labelX = RATE_X + w + 6;
		double goalX = rateX(100);
		boolean acrossGoal = labelX < goalX + 4 && labelX + labelW > goalX - 4;
		if (acrossGoal && w > labelW + 10) {
			// inside the bar's end, white on the bar: the 100 % line no longer runs through the figure (91.13 %)
			svg.text(RATE_X + w - 5, mid + 4, rateLabel, "end", 11, "#fff", "bold");
		}
		else {
			svg.text(acrossGoal ? goalX + 6 : labelX, mid + 4, rateLabel, "start", 11, Svg.INK,
					rate > RATE_CAP || row.total() ? "bold" : null, true);
		}
		svg.end();
	}

}
