package jp.reform.survey.report;

import static jp.reform.survey.report.Column.Style.COUNT;
import static jp.reform.survey.report.Column.Style.WRAPPED;
import static jp.reform.survey.report.XlsxCells.merge;
import static jp.reform.survey.report.XlsxCells.number;
import static jp.reform.survey.report.XlsxCells.row;
import static jp.reform.survey.report.XlsxCells.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.reform.survey.consolidate.CategorySummary;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.consolidate.SubcategorySummary;
import jp.reform.survey.consolidate.YearFigures;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.Measure;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 管理表: the 推進項目管理表 of one 大分類, as the published 実施報告 prints them — per 中分類 its heading, 目標
 * beside the 進捗管理 table (効果目標額, 達成額, 達成率 per year and 計, when the plan measures money), then
 * every item with its years side by side — each 中分類 starting a new page. The year columns are what the
 * plan measures besides money (進捗, 達成度, 成果状況, the year's texts …). A4 landscape, one page wide, the
 * title row repeated.
 */
final class ManagementSheet {

	static final String PREFIX = "管理表_";

	/** One row of the item table: an item in a year of the plan. */
	private record Line(CurrentItem item, int fiscalYear) {
	}

	/** The item table: item columns merged down the item's year rows, and the year's columns. */
	private record Table(List<Column<Line>> columns, Set<Column<Line>> perItem) {
	}

	private final JapaneseFormats fmt;

	private final ValueText values;

	private final FieldCells cells;

	ManagementSheet(JapaneseFormats fmt) {
		this.fmt = fmt;
		this.values = new ValueText(fmt);
		this.cells = new FieldCells(fmt);
	}

	void write(Sheet sheet, PlanSummary plan, CategorySummary category, XlsxStyles s) {
		List<Integer> years = years(plan);
		Table table = table(plan, years);
		for (int c = 0; c < table.columns().size(); c++) {
			sheet.setColumnWidth(c, 256 * (table.columns().get(c).width() + 2));
		}
		text(row(sheet, 0), 0, "推進項目管理表　大分類 " + category.code() + " " + category.name(), s.title);
		boolean effects = plan.measures().hasEffect();
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
			r = top(sheet, r, sub, items, effects, table.columns(), s) + 1;
			Row header = row(sheet, r++);
			for (int c = 0; c < table.columns().size(); c++) {
				Column<Line> column = table.columns().get(c);
				text(header, c, TableSheet.title(column.header(), column.width()), s.header);
			}
			header.setHeightInPoints(ColumnWidths.height(table.columns().stream()
				.mapToInt(c -> ColumnWidths.lines(TableSheet.title(c.header(), c.width()), c.width())).max().orElse(1)));
			for (CurrentItem item : items) {
				r = item(sheet, r, item, years, table, s);
			}
			r++;
		}
		sheet.createFreezePane(0, 1);
		PrintLayout.apply(sheet, "1:1", false, plan.planName());
	}

	/**
	 * No., 所管課, 実施項目 and 実施内容 for the item; 年度 and the year fields the plan measures ({@link #shown}),
	 * with the 成果指標 before the KPI's figures.
	 */
	private Table table(PlanSummary plan, List<Integer> years) {
		List<Column<Line>> columns = new ArrayList<>();
		List<Column<Line>> perItem = new ArrayList<>();
		perItem.add(Column.of("No.", 5, COUNT, l -> l.item().itemNo()));
		perItem.add(Column.of("所管課", 14, WRAPPED, l -> String.join("\n",
				l.item().departments().isEmpty() ? List.of(l.item().leadDepartment()) : l.item().departments())));
		perItem.add(Column.of("実施項目", 22, WRAPPED, l -> l.item().name()));
		perItem.add(Column.of("実施内容（最新年度）", 50, WRAPPED,
				l -> l.item().formValue(Field.ACTIVITIES).map(values::of).orElse("")));
		columns.addAll(perItem);
		columns.add(Column.of("年度", 11, Column.Style.TEXT, l -> fmt.wareki(l.fiscalYear())));
		Column<Line> kpi = Column.of("成果指標", 16, WRAPPED, l -> ItemListSheet.kpi(l.item()) == null ? "－"
				: ItemListSheet.kpi(l.item()));
		boolean named = plan.items().stream().anyMatch(i -> ItemListSheet.kpi(i) != null);
		for (Field field : plan.measures().yearFields()) {
			if (!shown(plan, field)) {
				continue;
			}
			if (field.measure() == Measure.KPI && named && !columns.contains(kpi)) {
				columns.add(kpi);
				perItem.add(kpi);
			}
			columns.add(Column.of(field.labelWithUnit(), field.kind().numeric() ? 13 : ItemListSheet.width(field),
					ItemListSheet.style(field), l -> cells.of(l.item(), field, l.item().values(field, l.fiscalYear()))));
		}
		// a column none of the plan's items fills (a layout without 実施内容) is left out, as in the other sheets
		List<Line> lines = plan.items().stream().flatMap(i -> years.stream().map(y -> new Line(i, y))).toList();
		return new Table(new TableSheet<>(columns, null).shown(lines), Set.copyOf(perItem));
	}

	/** The plan's years that any item has a value for (a plan period's later years may have none yet). */
	private static List<Integer> years(PlanSummary plan) {
		return plan.years()
			.stream()
			.filter(y -> plan.items().stream().flatMap(i -> i.values().stream()).anyMatch(v -> y.equals(v.fiscalYear())))
			.toList();
	}

	/**
	 * Money is the 進捗管理 table's. A plan that measures what the published 推進項目の一覧 is made of keeps
	 * the published 管理表's columns (進捗 and the KPI; its other year fields are in 実施項目一覧); any other
	 * plan gets every year field it measures.
	 */
	private static boolean shown(PlanSummary plan, Field field) {
		if (field.measure() == Measure.EFFECT) {
			return false;
		}
		return !plan.measures().hasPublishedTable() || field.measure() == Measure.STATUS
				|| field.measure() == Measure.KPI;
	}

	/** 目標 (merged over A–D) beside 進捗管理 (E–H); returns the row after both. */
	private int top(Sheet sheet, int r, SubcategorySummary sub, List<CurrentItem> items, boolean effects,
			List<Column<Line>> columns, XlsxStyles s) {
		// the 中分類's 目標, which its items share; where each item states its own (Ogori's cards), they are in
		// 実施項目の記述 and the block is left out unless the 進捗管理 table needs it
		List<String> goals = items.stream()
			.map(i -> i.formValue(Field.GOAL).map(values::of).orElse(null))
			.filter(g -> g != null && !g.isBlank())
			.distinct()
			.toList();
		if (goals.size() > 1 && !effects) {
			return r - 1;
		}
		String goal = goals.isEmpty() ? "－" : goals.get(0);
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
			int lines = 1;
			for (int c = 0; c < titles.length; c++) {
				int width = 4 + c < columns.size() ? columns.get(4 + c).width() : titles[c].length() * 2;
				text(header, 4 + c, TableSheet.title(titles[c], width), s.header);
				lines = Math.max(lines, ColumnWidths.lines(TableSheet.title(titles[c], width), width));
			}
			header.setHeightInPoints(ColumnWidths.height(lines));
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
		int goalWidth = columns.subList(0, 4).stream().mapToInt(Column::width).sum();
		int lines = ColumnWidths.lines(goal, goalWidth);
		float height = Math.max(15f, lines * 14.5f / (rows - 1) + 3);
		for (int k = 1; k < rows; k++) {
			row(sheet, r + k).setHeightInPoints(height);
		}
		return r + rows;
	}

	/** One item: its item columns merged down its year rows, the year columns row by row. */
	private int item(Sheet sheet, int r, CurrentItem item, List<Integer> years, Table table, XlsxStyles s) {
		int first = r;
		int itemLines = 1;
		List<Integer> yearLines = new ArrayList<>();
		for (int year : years) {
			Line line = new Line(item, year);
			Row row = row(sheet, r);
			int lines = 1;
			for (int c = 0; c < table.columns().size(); c++) {
				Column<Line> column = table.columns().get(c);
				boolean merged = table.perItem().contains(column);
				Object value = merged && r != first ? null : column.valueOf(line);
				TableSheet.write(row, c, value, s.of(column.style(), value, false));
				if (value instanceof String text && TableSheet.wraps(column)) {
					int needed = ColumnWidths.lines(text, column.width());
					if (merged) {
						itemLines = Math.max(itemLines, needed);
					}
					else {
						lines = Math.max(lines, needed);
					}
				}
			}
			yearLines.add(lines);
			r++;
		}
		if (r - first > 1) {
			for (int c = 0; c < table.columns().size(); c++) {
				if (table.perItem().contains(table.columns().get(c))) {
					merge(sheet, first, r - 1, c, c);
				}
			}
		}
		// the item's texts share their lines over its rows; a year's own text makes its row taller still
		float shared = (ColumnWidths.height(itemLines) - 3) / Math.max(1, r - first) + 3;
		for (int k = first; k < r; k++) {
			int lines = yearLines.get(k - first);
			row(sheet, k).setHeightInPoints(Math.max(shared, lines > 1 ? ColumnWidths.height(lines) : 15f));
		}
		return r;
	}

}
