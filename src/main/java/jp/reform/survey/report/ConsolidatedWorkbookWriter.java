package jp.reform.survey.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jp.reform.survey.consolidate.CategorySummary;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.consolidate.SubcategorySummary;
import jp.reform.survey.consolidate.YearFigures;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code consolidated.xlsx}: 「推進項目の一覧」 laid out like the published table (one sheet per plan),
 * then 実施項目一覧 with every item × year and where each row came from.
 */
final class ConsolidatedWorkbookWriter {

	/** Rows kept in memory per sheet; the summary sheets look back at most three rows. */
	private static final int ROW_WINDOW = 100;

	private final JapaneseFormats formats = new JapaneseFormats();

	private final ItemListSheet itemList = new ItemListSheet(formats);

	void write(ReportData data, Path file) throws IOException {
		// Streamed: only a window of rows is in memory, so thousands of items (a prefecture's
		// 実施項目一覧 runs to tens of thousands of rows) fit a small heap. Inline strings keep the
		// shared-strings table out of memory too; the temporary row files stay uncompressed (disk is
		// cheaper than the CPU that gzip would take).
		SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROW_WINDOW, false, false);
		try {
			XlsxStyles styles = new XlsxStyles(workbook);
			for (PlanSummary plan : data.plans()) {
				String name = data.plans().size() == 1 ? "推進項目の一覧"
						: WorkbookUtil.createSafeSheetName("推進項目の一覧_" + plan.planName());
				summarySheet(workbook.createSheet(name), plan, styles);
			}
			itemList.write(workbook.createSheet("実施項目一覧"), data.plans(), styles);
			Files.createDirectories(file.getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		finally {
			workbook.dispose(); // the temporary row files
			workbook.close();
		}
	}

	private void summarySheet(Sheet sheet, PlanSummary plan, XlsxStyles s) {
		List<Integer> years = plan.years();
		int totalCol = 4 + years.size();
		text(row(sheet, 0), 0, "推進項目の一覧（" + plan.planName() + "）", s.title);
		text(row(sheet, 1), totalCol, "（単位：千円）", null);
		Row h1 = row(sheet, 2);
		Row h2 = row(sheet, 3);
		String[] fixed = { "大分類", "中分類", "上段：目標\n下段：実施", "区分" };
		for (int c = 0; c < fixed.length; c++) {
			text(h1, c, fixed[c], s.header);
			text(h2, c, null, s.header);
			merge(sheet, 2, 3, c, c);
		}
		for (int i = 0; i < years.size(); i++) {
			text(h1, 4 + i, i == 0 ? "計画年度別効果額（千円）" : null, s.header);
			text(h2, 4 + i, formats.wareki(years.get(i)), s.header);
		}
		if (years.size() > 1) {
			merge(sheet, 2, 2, 4, 3 + years.size());
		}
		text(h1, totalCol, "計（千円）", s.header);
		text(h2, totalCol, null, s.header);
		merge(sheet, 2, 3, totalCol, totalCol);
		int r = 4;
		for (CategorySummary category : plan.categories()) {
			int first = r;
			for (SubcategorySummary sub : category.subcategories()) {
				Row target = row(sheet, r);
				Row actual = row(sheet, r + 1);
				text(target, 0, category.code() + " " + category.name(), s.text);
				text(actual, 0, null, s.text);
				text(target, 1, sub.code() + " " + sub.name(), s.text);
				text(actual, 1, null, s.text);
				merge(sheet, r, r + 1, 1, 1);
				number(target, 2, BigDecimal.valueOf(sub.planned()), s.count);
				number(actual, 2, BigDecimal.valueOf(sub.implemented()), s.count);
				figures(target, actual, sub.years(), sub.totalTarget(), sub.totalActual(), s);
				r += 2;
			}
			merge(sheet, first, r - 1, 0, 0);
		}
		Row target = row(sheet, r);
		Row actual = row(sheet, r + 1);
		text(target, 0, "計", s.header);
		for (int c = 1; c < 2; c++) {
			text(target, c, null, s.header);
		}
		text(actual, 0, null, s.header);
		text(actual, 1, null, s.header);
		merge(sheet, r, r + 1, 0, 1);
		number(target, 2, BigDecimal.valueOf(plan.planned()), s.count);
		number(actual, 2, BigDecimal.valueOf(plan.implemented()), s.count);
		figures(target, actual, plan.totals(), plan.totalTarget(), plan.totalActual(), s);
		Row rate = row(sheet, r + 2);
		text(rate, 0, "達成率（%）", s.header);
		text(rate, 1, null, s.header);
		merge(sheet, r + 2, r + 2, 0, 1);
		number(rate, 2, plan.implementedShare(), s.rate);
		text(rate, 3, "%", s.count);
		for (int i = 0; i < years.size(); i++) {
			number(rate, 4 + i, plan.totals().get(i).rate(), s.rate);
		}
		number(rate, totalCol, plan.totalRate(), s.rate);
		layout(sheet, totalCol);
	}

	private void figures(Row target, Row actual, List<YearFigures> years, BigDecimal totalTarget,
			BigDecimal totalActual, XlsxStyles s) {
		text(target, 3, "目標", s.count);
		text(actual, 3, "実績", s.count);
		for (int i = 0; i < years.size(); i++) {
			number(target, 4 + i, years.get(i).target(), s.amount);
			number(actual, 4 + i, years.get(i).actual(), s.amount);
		}
		number(target, 4 + years.size(), totalTarget, s.amount);
		number(actual, 4 + years.size(), totalActual, s.amount);
	}

	private static void layout(Sheet sheet, int lastCol) {
		sheet.setColumnWidth(0, 30 * 256);
		sheet.setColumnWidth(1, 34 * 256);
		sheet.setColumnWidth(2, 11 * 256);
		sheet.setColumnWidth(3, 6 * 256);
		for (int c = 4; c <= lastCol; c++) {
			sheet.setColumnWidth(c, 13 * 256);
		}
		sheet.createFreezePane(4, 4);
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setRepeatingRows(CellRangeAddress.valueOf("3:4"));
	}

	static Row row(Sheet sheet, int index) {
		Row row = sheet.getRow(index);
		return row == null ? sheet.createRow(index) : row;
	}

	static void text(Row row, int col, String value, CellStyle style) {
		Cell cell = row.createCell(col);
		if (value != null) {
			cell.setCellValue(value);
		}
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	/** A number stays a number; no value leaves the cell empty (not zero). */
	static void number(Row row, int col, BigDecimal value, CellStyle style) {
		Cell cell = row.createCell(col);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
		cell.setCellStyle(style);
	}

	private static void merge(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
		if (firstRow != lastRow || firstCol != lastCol) {
			sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
		}
	}

}
