package jp.reform.survey.report;

import static jp.reform.survey.report.XlsxCells.merge;
import static jp.reform.survey.report.XlsxCells.number;
import static jp.reform.survey.report.XlsxCells.row;
import static jp.reform.survey.report.XlsxCells.text;

import java.math.BigDecimal;
import java.util.List;

import jp.reform.survey.consolidate.CategorySummary;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.consolidate.SubcategorySummary;
import jp.reform.survey.consolidate.YearFigures;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 推進項目の一覧 laid out as the published table: title, 単位, two header rows (和暦 years), per 中分類 a
 * 目標 row and a 実績 row (counts planned / implemented in column C), the 計 rows and the 達成率 row.
 * Rows 3–4 repeat on every page; the sheet prints on one A4 landscape page, as published.
 */
final class PublishedTableSheet {

	private static final int FIRST_YEAR_COL = 4;

	private final JapaneseFormats formats;

	PublishedTableSheet(JapaneseFormats formats) {
		this.formats = formats;
	}

	void write(Sheet sheet, PlanSummary plan, XlsxStyles s) {
		List<Integer> years = plan.years();
		int totalCol = FIRST_YEAR_COL + years.size();
		text(row(sheet, 0), 0, "推進項目の一覧（" + plan.planName() + "）", s.title);
		text(row(sheet, 1), 0, plan.reportYear() == null ? null : formats.wareki(plan.reportYear()) + "実施報告", s.subtitle);
		text(row(sheet, 1), totalCol, "（単位：千円）", null);
		header(sheet, years, totalCol, s);
		int r = 4;
		for (CategorySummary category : plan.categories()) {
			int first = r;
			for (SubcategorySummary sub : category.subcategories()) {
				Row target = row(sheet, r);
				Row actual = row(sheet, r + 1);
				text(target, 0, category.code() + " " + category.name(), s.wrapped);
				text(actual, 0, null, s.wrapped);
				text(target, 1, sub.code() + " " + sub.name(), s.wrapped);
				text(actual, 1, null, s.wrapped);
				merge(sheet, r, r + 1, 1, 1);
				number(target, 2, sub.planned(), s.count);
				number(actual, 2, sub.implemented(), s.count);
				figures(target, actual, sub.years(), sub.totalTarget(), sub.totalActual(), s);
				r += 2;
			}
			merge(sheet, first, r - 1, 0, 0);
		}
		Row target = row(sheet, r);
		Row actual = row(sheet, r + 1);
		text(target, 0, "計", s.header);
		text(target, 1, null, s.header);
		text(actual, 0, null, s.header);
		text(actual, 1, null, s.header);
		merge(sheet, r, r + 1, 0, 1);
		number(target, 2, plan.planned(), s.count);
		number(actual, 2, plan.implemented(), s.count);
		figures(target, actual, plan.totals(), plan.totalTarget(), plan.totalActual(), s);
		Row rate = row(sheet, r + 2);
		text(rate, 0, "達成率（%）", s.header);
		text(rate, 1, null, s.header);
		merge(sheet, r + 2, r + 2, 0, 1);
		number(rate, 2, plan.implementedShare(), s.rate);
		text(rate, 3, "%", s.count);
		for (int i = 0; i < years.size(); i++) {
			number(rate, FIRST_YEAR_COL + i, plan.totals().get(i).rate(), s.rate);
		}
		number(rate, totalCol, plan.totalRate(), s.rate);
		text(row(sheet, r + 4), 0, "上段：計画した実施項目の数、下段：実施済みの数。達成率 = 実績 ÷ 目標 × 100（小数第3位を四捨五入、目標が0の年度は空欄）。", null);
		layout(sheet, plan, totalCol, r + 2);
	}

	private void header(Sheet sheet, List<Integer> years, int totalCol, XlsxStyles s) {
		Row h1 = row(sheet, 2);
		Row h2 = row(sheet, 3);
		String[] fixed = { "大分類", "中分類", "上段：目標\n下段：実施", "区分" };
		for (int c = 0; c < fixed.length; c++) {
			text(h1, c, fixed[c], s.header);
			text(h2, c, null, s.header);
			merge(sheet, 2, 3, c, c);
		}
		for (int i = 0; i < years.size(); i++) {
			text(h1, FIRST_YEAR_COL + i, i == 0 ? "計画年度別効果額（千円）" : null, s.header);
			text(h2, FIRST_YEAR_COL + i, formats.wareki(years.get(i)), s.header);
		}
		if (years.size() > 1) {
			merge(sheet, 2, 2, FIRST_YEAR_COL, FIRST_YEAR_COL - 1 + years.size());
		}
		text(h1, totalCol, "計（千円）", s.header);
		text(h2, totalCol, null, s.header);
		merge(sheet, 2, 3, totalCol, totalCol);
		h1.setHeightInPoints(20);
		h2.setHeightInPoints(20);
	}

	private static void figures(Row target, Row actual, List<YearFigures> years, BigDecimal totalTarget,
			BigDecimal totalActual, XlsxStyles s) {
		text(target, 3, "目標", s.count);
		text(actual, 3, "実績", s.count);
		for (int i = 0; i < years.size(); i++) {
			number(target, FIRST_YEAR_COL + i, years.get(i).target(), s.amount);
			number(actual, FIRST_YEAR_COL + i, years.get(i).actual(), s.amountBold);
		}
		number(target, FIRST_YEAR_COL + years.size(), totalTarget, s.amount);
		number(actual, FIRST_YEAR_COL + years.size(), totalActual, s.amountBold);
	}

	private static void layout(Sheet sheet, PlanSummary plan, int lastCol, int lastRow) {
		ColumnWidths widths = new ColumnWidths().cap(0, 26).cap(1, 30);
		for (CategorySummary c : plan.categories()) {
			widths.track(0, c.code() + " " + c.name());
			c.subcategories().forEach(sub -> widths.track(1, sub.code() + " " + sub.name()));
		}
		widths.apply(sheet, 10);
		sheet.setColumnWidth(2, 11 * 256);
		sheet.setColumnWidth(3, 6 * 256);
		for (int c = FIRST_YEAR_COL; c <= lastCol; c++) {
			sheet.setColumnWidth(c, 13 * 256);
		}
		for (int r = 4; r <= lastRow; r++) {
			sheet.getRow(r).setHeightInPoints(18);
		}
		sheet.createFreezePane(FIRST_YEAR_COL, 4);
		PrintLayout.apply(sheet, "3:4", true, plan.planName());
	}

}
