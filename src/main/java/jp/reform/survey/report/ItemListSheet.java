package jp.reform.survey.report;

import static jp.reform.survey.report.XlsxCells.number;
import static jp.reform.survey.report.XlsxCells.row;
import static jp.reform.survey.report.XlsxCells.scale;
import static jp.reform.survey.report.XlsxCells.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.store.StoredValue;
import jp.reform.survey.survey.Field;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 実施項目一覧: every item × fiscal year with status, effects, KPI target/actual and the source file,
 * sheet and row (all values of a year sit on that year's row of the item sheet). Filterable, frozen
 * header, printed A4 landscape one page wide with the header repeated.
 */
final class ItemListSheet {

	private static final String[] HEADERS = { "計画名", "大分類", "中分類", "番号", "実施項目", "所管課", "年度", "西暦年度",
			"実施スケジュール", "進捗", "効果目標額（千円）", "効果額（千円）", "成果指標", "数値目標", "成果状況", "提出ファイル", "シート",
			"年度セル" };

	private static final int CATEGORY = 1;

	private static final int SUBCATEGORY = 2;

	private static final int NAME = 4;

	private static final int DEPARTMENTS = 5;

	private static final int KPI = 12;

	private static final int FILE = 15;

	private final JapaneseFormats formats;

	ItemListSheet(JapaneseFormats formats) {
		this.formats = formats;
	}

	void write(Sheet sheet, List<PlanSummary> plans, XlsxStyles s) {
		// Narrow caps keep the sheet legible at one page wide; long names wrap onto a second line.
		ColumnWidths widths = new ColumnWidths().cap(0, 40)
			.cap(CATEGORY, 6)
			.cap(SUBCATEGORY, 24)
			.cap(NAME, 30)
			.cap(DEPARTMENTS, 16)
			.cap(KPI, 18)
			.cap(FILE, 24);
		Row header = row(sheet, 0);
		for (int c = 0; c < HEADERS.length; c++) {
			// Headers wrap (two lines) rather than widen their column.
			text(header, c, HEADERS[c], s.header);
		}
		int r = 1;
		for (PlanSummary plan : plans) {
			for (CurrentItem item : plan.items()) {
				for (Map.Entry<Integer, Map<String, StoredValue>> year : byYear(item).entrySet()) {
					r = writeRow(sheet, r, plan, item, year.getKey(), year.getValue(), s, widths);
				}
			}
		}
		widths.apply(sheet, 6);
		for (int i = 1; i < r; i++) {
			Row row = sheet.getRow(i);
			widths.fitRowHeight(row, Map.of(CATEGORY, row.getCell(CATEGORY).getStringCellValue(), SUBCATEGORY,
					row.getCell(SUBCATEGORY).getStringCellValue(), NAME, row.getCell(NAME).getStringCellValue(),
					DEPARTMENTS, row.getCell(DEPARTMENTS).getStringCellValue(), KPI,
					row.getCell(KPI).getStringCellValue(), FILE, row.getCell(FILE).getStringCellValue()));
		}
		header.setHeightInPoints(30);
		// One plan: its name is in the page header already, so the column stays for filtering but not on paper.
		sheet.setColumnHidden(0, plans.size() == 1);
		sheet.createFreezePane(NAME + 1, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.length - 1));
		PrintLayout.apply(sheet, "1:1", false, plans.size() == 1 ? plans.get(0).planName() : null);
	}

	private int writeRow(Sheet sheet, int r, PlanSummary plan, CurrentItem item, int fiscalYear,
			Map<String, StoredValue> v, XlsxStyles s, ColumnWidths widths) {
		Row row = row(sheet, r);
		// 大分類 by its code only: its long name repeated on every row would triple the row height on paper.
		String[] texts = { plan.planName(), item.categoryCode(),
				item.subcategoryCode() + " " + item.subcategoryName(),
				item.categoryCode() + "-" + item.subcategoryCode() + "-" + item.itemNo(), item.name(),
				item.departments().replace('\n', ' '), formats.wareki(fiscalYear) };
		for (int c = 0; c < texts.length; c++) {
			text(row, c, texts[c], c == CATEGORY ? s.center
					: c == SUBCATEGORY || c == NAME || c == DEPARTMENTS ? s.wrapped : s.text);
			widths.track(c, texts[c]);
		}
		number(row, 7, fiscalYear, s.center);
		text(row, 8, textOf(v, Field.SCHEDULE), s.center);
		text(row, 9, textOf(v, Field.PROGRESS), s.center);
		widths.track(8, textOf(v, Field.SCHEDULE));
		widths.track(9, textOf(v, Field.PROGRESS));
		number(row, 10, numberOf(v, Field.EFFECT_TARGET), s.amount);
		number(row, 11, numberOf(v, Field.EFFECT_ACTUAL), s.amount);
		String kpi = item.kpiName() == null ? null
				: item.kpiName() + (item.kpiUnit() == null ? "" : "（" + item.kpiUnit() + "）");
		text(row, KPI, kpi, s.wrapped);
		widths.track(KPI, kpi);
		BigDecimal kpiTarget = numberOf(v, Field.KPI_TARGET);
		BigDecimal kpiActual = numberOf(v, Field.KPI_ACTUAL);
		number(row, 13, kpiTarget, s.decimal(scale(kpiTarget)));
		number(row, 14, kpiActual, s.decimal(scale(kpiActual)));
		text(row, FILE, item.fileName(), s.wrapped);
		widths.track(FILE, item.fileName());
		StoredValue label = v.get(Field.YEAR_LABEL.key());
		text(row, 16, label == null ? null : label.sheet(), s.text);
		text(row, 17, label == null ? null : label.cell(), s.center);
		widths.track(16, label == null ? null : label.sheet());
		return r + 1;
	}

	private static Map<Integer, Map<String, StoredValue>> byYear(CurrentItem item) {
		return item.values()
			.stream()
			.filter(v -> v.fiscalYear() != null)
			.collect(Collectors.groupingBy(StoredValue::fiscalYear, TreeMap::new,
					Collectors.toMap(StoredValue::field, v -> v, (a, b) -> a)));
	}

	private static String textOf(Map<String, StoredValue> values, Field field) {
		return Optional.ofNullable(values.get(field.key())).map(StoredValue::text).orElse(null);
	}

	private static BigDecimal numberOf(Map<String, StoredValue> values, Field field) {
		return Optional.ofNullable(values.get(field.key())).map(StoredValue::number).orElse(null);
	}

}
