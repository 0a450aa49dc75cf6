package jp.reform.survey.report;

import static jp.reform.survey.report.XlsxCells.merge;
import static jp.reform.survey.report.XlsxCells.number;
import static jp.reform.survey.report.XlsxCells.row;
import static jp.reform.survey.report.XlsxCells.scale;
import static jp.reform.survey.report.XlsxCells.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.Field;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 成果指標推移: one row per item with a 成果指標, and per 和暦 year its 数値目標 and 成果状況 side by side,
 * each figure with the decimals it was entered with. Two header rows (year, then 目標/実績) repeat on
 * every page.
 */
final class KpiTrendSheet {

	private static final int FIRST_YEAR_COL = 6;

	private final JapaneseFormats formats;

	KpiTrendSheet(JapaneseFormats formats) {
		this.formats = formats;
	}

	void write(Sheet sheet, List<PlanSummary> plans, XlsxStyles s) {
		List<Integer> years = plans.stream().flatMap(p -> p.years().stream()).distinct().sorted().toList();
		ColumnWidths widths = new ColumnWidths().cap(0, 40).cap(2, 30).cap(3, 18).cap(4, 26).cap(5, 10);
		header(sheet, years, s, widths);
		// Widths first (rows are streamed out as they are written; their heights follow the widths).
		List<String[]> rows = new ArrayList<>();
		List<CurrentItem> items = new ArrayList<>();
		for (PlanSummary plan : plans) {
			for (CurrentItem item : plan.items()) {
				if (item.kpiName() == null || item.kpiName().isBlank()) {
					continue;
				}
				String[] texts = { plan.planName(), item.code(),
						item.name(), item.leadDepartment(), item.kpiName(), item.kpiUnit() };
				for (int c = 0; c < texts.length; c++) {
					widths.track(c, texts[c]);
				}
				rows.add(texts);
				items.add(item);
			}
		}
		widths.apply(sheet, 6);
		for (int c = FIRST_YEAR_COL; c < FIRST_YEAR_COL + 2 * years.size(); c++) {
			sheet.setColumnWidth(c, 11 * 256);
		}
		for (int i = 0; i < rows.size(); i++) {
			String[] texts = rows.get(i);
			Row row = row(sheet, i + 2);
			for (int c = 0; c < texts.length; c++) {
				text(row, c, texts[c], c >= 2 && c <= 4 ? s.wrapped : s.text);
			}
			Map<String, BigDecimal> values = values(items.get(i));
			for (int y = 0; y < years.size(); y++) {
				BigDecimal target = values.get(Field.KPI_TARGET.key() + years.get(y));
				BigDecimal actual = values.get(Field.KPI_ACTUAL.key() + years.get(y));
				number(row, FIRST_YEAR_COL + 2 * y, target, s.decimal(scale(target)));
				number(row, FIRST_YEAR_COL + 2 * y + 1, actual, s.decimal(scale(actual)));
			}
			widths.fitRowHeight(row, texts, 2, 3, 4);
		}
		sheet.setColumnHidden(0, plans.size() == 1);
		sheet.createFreezePane(FIRST_YEAR_COL, 2);
		PrintLayout.apply(sheet, "1:2", false, plans.size() == 1 ? plans.get(0).planName() : null);
	}

	private void header(Sheet sheet, List<Integer> years, XlsxStyles s, ColumnWidths widths) {
		Row h1 = row(sheet, 0);
		Row h2 = row(sheet, 1);
		String[] fixed = { "計画名", "番号", "実施項目", "所管課", "成果指標", "単位" };
		for (int c = 0; c < fixed.length; c++) {
			text(h1, c, fixed[c], s.header);
			text(h2, c, null, s.header);
			merge(sheet, 0, 1, c, c);
			widths.track(c, fixed[c]);
		}
		for (int i = 0; i < years.size(); i++) {
			int col = FIRST_YEAR_COL + 2 * i;
			text(h1, col, formats.wareki(years.get(i)), s.header);
			text(h1, col + 1, null, s.header);
			merge(sheet, 0, 0, col, col + 1);
			text(h2, col, "目標", s.header);
			text(h2, col + 1, "実績", s.header);
		}
	}

	private static Map<String, BigDecimal> values(CurrentItem item) {
		Map<String, BigDecimal> values = new HashMap<>();
		for (SourcedValue v : item.values()) {
			if (v.fiscalYear() != null && v.number() != null) {
				values.putIfAbsent(v.field().key() + v.fiscalYear(), v.number());
			}
		}
		return values;
	}

}
