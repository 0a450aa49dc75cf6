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
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.Field;

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

	/** The columns whose width follows their text (the others are numbers or short codes). */
	private static final int[] TRACKED = { 0, CATEGORY, SUBCATEGORY, 3, NAME, DEPARTMENTS, 6, 8, 9, KPI, FILE, 16 };

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
		header.setHeightInPoints(30);
		// Two passes: row heights depend on the final column widths, and rows are streamed out as they
		// are written (a prefecture's list has tens of thousands), so widths are measured first.
		for (PlanSummary plan : plans) {
			for (CurrentItem item : plan.items()) {
				byYear(item).forEach((year, values) -> track(widths, texts(plan, item, year, values)));
			}
		}
		widths.apply(sheet, 6);
		int r = 1;
		for (PlanSummary plan : plans) {
			for (CurrentItem item : plan.items()) {
				for (Map.Entry<Integer, Map<Field, SourcedValue>> year : byYear(item).entrySet()) {
					writeRow(row(sheet, r++), texts(plan, item, year.getKey(), year.getValue()), year.getKey(),
							year.getValue(), s, widths);
				}
			}
		}
		// One plan: its name is in the page header already, so the column stays for filtering but not on paper.
		sheet.setColumnHidden(0, plans.size() == 1);
		sheet.createFreezePane(NAME + 1, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.length - 1));
		PrintLayout.apply(sheet, "1:1", false, plans.size() == 1 ? plans.get(0).planName() : null);
	}

	/** The texts of one item × year row, by column; numbers are written from the values themselves. */
	private String[] texts(PlanSummary plan, CurrentItem item, int fiscalYear, Map<Field, SourcedValue> v) {
		String[] texts = new String[HEADERS.length];
		texts[0] = plan.planName();
		// 大分類 by its code only: its long name repeated on every row would triple the row height on paper.
		texts[CATEGORY] = item.categoryCode();
		texts[SUBCATEGORY] = item.subcategoryCode() + " " + item.subcategoryName();
		texts[3] = item.code();
		texts[NAME] = item.name();
		texts[DEPARTMENTS] = String.join(" ", item.departments());
		texts[6] = formats.wareki(fiscalYear);
		texts[8] = textOf(v, Field.SCHEDULE);
		texts[9] = textOf(v, Field.PROGRESS);
		texts[KPI] = item.kpiName() == null ? null
				: item.kpiName() + (item.kpiUnit() == null ? "" : "（" + item.kpiUnit() + "）");
		texts[FILE] = item.fileName();
		SourcedValue label = v.get(Field.YEAR_LABEL);
		texts[16] = label == null ? null : label.sheet();
		texts[17] = label == null ? null : label.cell();
		return texts;
	}

	private static void track(ColumnWidths widths, String[] texts) {
		for (int c : TRACKED) {
			widths.track(c, texts[c]);
		}
	}

	private static void writeRow(Row row, String[] texts, int fiscalYear, Map<Field, SourcedValue> v, XlsxStyles s,
			ColumnWidths widths) {
		for (int c = 0; c <= 6; c++) {
			text(row, c, texts[c], c == CATEGORY ? s.center
					: c == SUBCATEGORY || c == NAME || c == DEPARTMENTS ? s.wrapped : s.text);
		}
		number(row, 7, fiscalYear, s.center);
		text(row, 8, texts[8], s.center);
		text(row, 9, texts[9], s.center);
		number(row, 10, numberOf(v, Field.EFFECT_TARGET), s.amount);
		number(row, 11, numberOf(v, Field.EFFECT_ACTUAL), s.amount);
		text(row, KPI, texts[KPI], s.wrapped);
		BigDecimal kpiTarget = numberOf(v, Field.KPI_TARGET);
		BigDecimal kpiActual = numberOf(v, Field.KPI_ACTUAL);
		number(row, 13, kpiTarget, s.decimal(scale(kpiTarget)));
		number(row, 14, kpiActual, s.decimal(scale(kpiActual)));
		text(row, FILE, texts[FILE], s.wrapped);
		text(row, 16, texts[16], s.text);
		text(row, 17, texts[17], s.center);
		widths.fitRowHeight(row, texts, CATEGORY, SUBCATEGORY, NAME, DEPARTMENTS, KPI, FILE);
	}

	private static Map<Integer, Map<Field, SourcedValue>> byYear(CurrentItem item) {
		return item.values()
			.stream()
			.filter(v -> v.fiscalYear() != null)
			.collect(Collectors.groupingBy(SourcedValue::fiscalYear, TreeMap::new,
					Collectors.toMap(SourcedValue::field, v -> v, (a, b) -> a)));
	}

	private static String textOf(Map<Field, SourcedValue> values, Field field) {
		return Optional.ofNullable(values.get(field)).map(SourcedValue::text).orElse(null);
	}

	private static BigDecimal numberOf(Map<Field, SourcedValue> values, Field field) {
		return Optional.ofNullable(values.get(field)).map(SourcedValue::number).orElse(null);
	}

}
