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
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 管理表: the 推進項目管理表 of one 大分類, as the published 実施報告 prints them — per 中分類 its heading, 目標
 * beside the 進捗管理 table (効果目標額, 達成額, 達成率 per year and 計), then every item with its years side
 * by side — each 中分類 starting a new page. A4 landscape, one page wide, the title row repeated.
 */
final class ManagementSheet {

	static final String PREFIX = "管理表_";

	private static final String[] HEADERS = { "No.", "所管課", "実施項目", "実施内容（最新年度）", "年度", "実施スケジュール", "進捗",
			"成果指標", "成果状況" };

	private static final int[] WIDTHS = { 5, 14, 22, 50, 11, 10, 10, 16, 13 };

	private final JapaneseFormats fmt;

	private final ValueText values;

	ManagementSheet(JapaneseFormats fmt) {
		this.fmt = fmt;
		this.values = new ValueText(fmt);
	}

	void write(Sheet sheet, PlanSummary plan, CategorySummary category, XlsxStyles s) {
		for (int c = 0; c < WIDTHS.length; c++) {
			sheet.setColumnWidth(c, 256 * (WIDTHS[c] + 2));
		}
		text(row(sheet, 0), 0, "推進項目管理表　大分類 " + category.code() + " " + category.name(), s.title);
		boolean effects = plan.items().stream().anyMatch(i -> i.has(Field.EFFECT_TARGET) || i.has(Field.EFFECT_ACTUAL));
		int r = 2;
		for (SubcategorySummary sub : category.subcategories()) {
			if (r > 2) {
				sheet.setRowBreak(r - 1);
			}
			List<CurrentItem> items = plan.items()
				.stream()
				.filter(i -> i.categoryCode().equals(category.code()) && i.subcategoryCode().equals(sub.code()))
				.toList();
			text(row(sheet, r++), 0, "中分類 " + sub.code() + " " + sub.name(), s.subtitle);
			r = top(sheet, r, sub, items, effects, s) + 1;
			Row header = row(sheet, r++);
			for (int c = 0; c < HEADERS.length; c++) {
				text(header, c, HEADERS[c], s.header);
			}
			for (CurrentItem item : items) {
				r = item(sheet, r, item, plan.years(), s);
			}
			r++;
		}
		sheet.createFreezePane(0, 1);
		PrintLayout.apply(sheet, "1:1", false, plan.planName());
	}

	/** 目標 (merged over A–D) beside 進捗管理 (E–H); returns the row after both. */
	private int top(Sheet sheet, int r, SubcategorySummary sub, List<CurrentItem> items, boolean effects, XlsxStyles s) {
		String goal = items.stream()
			.map(i -> i.formValue(Field.GOAL).map(values::of).orElse(null))
			.filter(g -> g != null && !g.isBlank())
			.findFirst()
			.orElse("－");
		int rows = effects ? sub.years().size() + 2 : 2;
		text(row(sheet, r), 0, "目標", s.header);
		merge(sheet, r, r, 0, 3);
		for (int c = 1; c <= 3; c++) {
			text(row(sheet, r), c, null, s.header);
		}
		for (int i = 1; i < rows; i++) {
			for (int c = 0; c <= 3; c++) {
				text(row(sheet, r + i), c, c == 0 ? goal : null, s.wrapped);
			}
		}
		merge(sheet, r + 1, r + rows - 1, 0, 3);
		if (effects) {
			Row header = row(sheet, r);
			String[] titles = { "年度", "効果目標額（千円）", "達成額（千円）", "達成率（%）" };
			for (int c = 0; c < titles.length; c++) {
				text(header, 4 + c, titles[c], s.header);
			}
			int i = r + 1;
			for (YearFigures y : sub.years()) {
				Row row = row(sheet, i++);
				text(row, 4, fmt.wareki(y.fiscalYear()), s.text);
				number(row, 5, y.target(), s.amount);
				number(row, 6, y.actual(), s.amount);
				number(row, 7, y.rate(), s.rate);
			}
			Row total = row(sheet, i);
			text(total, 4, "計", s.header);
			number(total, 5, sub.totalTarget(), s.amountBold);
			number(total, 6, sub.totalActual(), s.amountBold);
			number(total, 7, sub.totalRate(), s.rate);
		}
		// the goal's lines share the rows of the table beside it
		int lines = Math.max(1, ColumnWidths.width(goal) / (WIDTHS[0] + WIDTHS[1] + WIDTHS[2] + WIDTHS[3]) + 1);
		float height = Math.max(15f, lines * 14.5f / (rows - 1) + 3);
		for (int k = 1; k < rows; k++) {
			row(sheet, r + k).setHeightInPoints(height);
		}
		return r + rows;
	}

	/** One item: No., 所管課, 実施項目, 実施内容 and 成果指標 merged down its year rows. */
	private int item(Sheet sheet, int r, CurrentItem item, List<Integer> years, XlsxStyles s) {
		int first = r;
		String departments = String.join("\n", item.departments().isEmpty() ? List.of(item.leadDepartment())
				: item.departments());
		String activities = item.formValue(Field.ACTIVITIES).map(values::of).orElse("");
		String kpi = item.kpiName() == null || item.kpiName().isBlank() ? "－"
				: item.kpiUnit() == null ? item.kpiName() : item.kpiName() + "（" + item.kpiUnit() + "）";
		for (int year : years) {
			Row row = row(sheet, r);
			boolean top = r == first;
			number(row, 0, top ? BigDecimal.valueOf(item.itemNo()) : null, s.count);
			text(row, 1, top ? departments : null, s.wrapped);
			text(row, 2, top ? item.name() : null, s.wrapped);
			text(row, 3, top ? activities : null, s.wrapped);
			text(row, 4, fmt.wareki(year), s.text);
			text(row, 5, item.value(Field.SCHEDULE, year).map(values::of).orElse(null), s.center);
			text(row, 6, item.value(Field.PROGRESS, year).map(values::of).orElse(null), s.center);
			text(row, 7, top ? kpi : null, s.wrapped);
			SourcedValue actual = item.value(Field.KPI_ACTUAL, year).orElse(null);
			if (actual != null && actual.number() != null) {
				number(row, 8, actual.number(), s.decimal(XlsxCells.scale(actual.number())));
			}
			else {
				text(row, 8, actual == null ? null : values.of(actual), s.wrapped);
			}
			r++;
		}
		if (r - first > 1) {
			for (int c : new int[] { 0, 1, 2, 3, 7 }) {
				merge(sheet, first, r - 1, c, c);
			}
		}
		// the 実施内容 is the tallest text: share its lines over the item's rows
		int lines = activities.lines().mapToInt(l -> ColumnWidths.width(l) / WIDTHS[3] + 1).sum();
		float height = Math.max(15f, lines * 14.5f / Math.max(1, r - first) + 2);
		for (int k = first; k < r; k++) {
			row(sheet, k).setHeightInPoints(height);
		}
		return r;
	}

}
