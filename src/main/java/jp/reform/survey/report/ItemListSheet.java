package jp.reform.survey.report;

import static jp.reform.survey.report.ConsolidatedWorkbookWriter.number;
import static jp.reform.survey.report.ConsolidatedWorkbookWriter.row;
import static jp.reform.survey.report.ConsolidatedWorkbookWriter.text;

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

/** 実施項目一覧: every item × fiscal year with status, effects, KPI and the source file/sheet/cell. */
final class ItemListSheet {

	private static final String[] HEADERS = { "計画名", "大分類", "中分類", "No.", "実施項目", "所管課", "年度", "実施スケジュール",
			"進捗", "効果目標額（千円）", "効果額（千円）", "成果指標", "成果状況", "提出ファイル", "シート", "年度セル" };

	private final JapaneseFormats formats;

	ItemListSheet(JapaneseFormats formats) {
		this.formats = formats;
	}

	void write(Sheet sheet, List<PlanSummary> plans, XlsxStyles s) {
		Row header = row(sheet, 0);
		for (int c = 0; c < HEADERS.length; c++) {
			text(header, c, HEADERS[c], s.header);
		}
		int r = 1;
		for (PlanSummary plan : plans) {
			for (CurrentItem item : plan.items()) {
				Map<Integer, Map<String, StoredValue>> byYear = item.values()
					.stream()
					.filter(v -> v.fiscalYear() != null)
					.collect(Collectors.groupingBy(StoredValue::fiscalYear, TreeMap::new,
							Collectors.toMap(StoredValue::field, v -> v, (a, b) -> a)));
				for (Map.Entry<Integer, Map<String, StoredValue>> year : byYear.entrySet()) {
					Row row = row(sheet, r++);
					Map<String, StoredValue> v = year.getValue();
					text(row, 0, plan.planName(), s.text);
					text(row, 1, item.categoryCode() + " " + item.categoryName(), s.text);
					text(row, 2, item.subcategoryCode() + " " + item.subcategoryName(), s.text);
					number(row, 3, java.math.BigDecimal.valueOf(item.itemNo()), s.count);
					text(row, 4, item.name(), s.text);
					text(row, 5, item.departments().replace('\n', ' '), s.text);
					text(row, 6, formats.wareki(year.getKey()), s.text);
					text(row, 7, textOf(v, Field.SCHEDULE), s.text);
					text(row, 8, textOf(v, Field.PROGRESS), s.text);
					number(row, 9, numberOf(v, Field.EFFECT_TARGET), s.amount);
					number(row, 10, numberOf(v, Field.EFFECT_ACTUAL), s.amount);
					text(row, 11, item.kpiName() == null ? null
							: item.kpiName() + (item.kpiUnit() == null ? "" : "（" + item.kpiUnit() + "）"), s.text);
					number(row, 12, numberOf(v, Field.KPI_ACTUAL), s.amount);
					text(row, 13, item.fileName(), s.text);
					StoredValue label = v.get(Field.YEAR_LABEL.key());
					text(row, 14, label == null ? null : label.sheet(), s.text);
					text(row, 15, label == null ? null : label.cell(), s.text);
				}
			}
		}
		int[] widths = { 24, 24, 28, 5, 34, 20, 12, 12, 12, 14, 14, 24, 12, 30, 12, 8 };
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.length - 1));
		sheet.getPrintSetup().setLandscape(true);
		sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
	}

	private static String textOf(Map<String, StoredValue> values, Field field) {
		return Optional.ofNullable(values.get(field.key())).map(StoredValue::text).orElse(null);
	}

	private static java.math.BigDecimal numberOf(Map<String, StoredValue> values, Field field) {
		return Optional.ofNullable(values.get(field.key())).map(StoredValue::number).orElse(null);
	}

}
