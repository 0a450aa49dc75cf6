package jp.reform.survey.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jp.reform.survey.normalize.Normalized;
import jp.reform.survey.normalize.Quantity;
import jp.reform.survey.normalize.Unit;
import jp.reform.survey.survey.FormReader.LabelledValue;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.Finding;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.workbook.CellRefs;
import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.SheetGrid;

/**
 * A sheet that lists items one row each (一覧表形式): a header row whose cells are the profile's form labels
 * (番号, 取組項目, 所管課, 取組内容) and the fiscal years (令和5年度, R6, 2025年度 …, each merged over its columns),
 * the sub-headers under each year (目標 / 実績) on the row below, then one row per item and a 合計/計 row, which
 * is a check, never an item. Title rows and a 「（単位：千円）」 note above the header are not part of the list;
 * the note's unit applies to the money columns.
 *
 * @param header the header row
 * @param columns per form field, its header cell
 * @param years the year columns, each with its sub-header columns
 * @param subHeaders sub-header column → field
 * @param rows one per item, each as a form part and a year table
 * @param total the 合計 row's cells by sub-header column, empty when there is none
 */
record ItemList(int header, Map<Field, GridCell> columns, List<YearsAcross.Span> years, Map<Integer, Field> subHeaders,
		List<Row> rows, List<GridCell> total, Unit unit) {

	/** One item row, ready for {@link ItemSheetReader}. */
	record Row(ItemBlock block, Map<Field, LabelledValue> form, YearTable table) {
	}

	/** The list on a sheet: its header is the first row holding the labels of all the profile's detect fields. */
	static Optional<ItemList> find(SheetLabels labels, LayoutProfile profile) {
		for (SheetLabels.Row row : labels.rows()) {
			Map<Field, GridCell> columns = new TreeMap<>(Field.ORDER);
			for (SheetLabels.Label label : row.labels()) {
				Field field = profile.formLabels().get(label.canonical());
				if (field != null) {
					columns.putIfAbsent(field, label.cell());
				}
			}
			if (columns.keySet().containsAll(profile.detect())) {
				return Optional.of(read(labels, profile, row.row(), columns));
			}
		}
		return Optional.empty();
	}

	private static ItemList read(SheetLabels labels, LayoutProfile profile, int header, Map<Field, GridCell> columns) {
		SheetGrid sheet = labels.sheet();
		YearTableLayout layout = profile.yearTable();
		List<YearsAcross.Span> spans = new ArrayList<>();
		for (GridCell cell : sheet.row(header)) {
			if (!columns.containsValue(cell) && !cell.isBlank() && YearsAcross.looksLikeYear(cell)) {
				spans.add(new YearsAcross.Span(cell, cell.col(), YearsAcross.lastCol(sheet, cell), false));
			}
		}
		List<YearsAcross.Span> years = YearsAcross.widened(spans);
		Map<Integer, Field> subHeaders = YearsAcross.subHeaders(labels, layout, header + 1, years);
		if (subHeaders.isEmpty() && layout.columns().values().stream().distinct().count() == 1) {
			Field only = layout.columns().values().iterator().next(); // one column per year, no sub-header
			years.forEach(y -> subHeaders.put(y.firstCol(), only));
		}
		int first = header + (subHeaderRow(sheet, header + 1, subHeaders) ? 2 : 1);
		Unit unit = unitNote(sheet, header);
		List<Row> rows = new ArrayList<>();
		List<GridCell> total = List.of();
		int firstYearCol = years.isEmpty() ? Integer.MAX_VALUE : years.get(0).firstCol();
		for (int r = first; r <= sheet.lastRow(); r++) {
			List<GridCell> cells = sheet.row(r);
			if (cells.stream().allMatch(GridCell::isBlank)) {
				continue;
			}
			if (isTotal(labels, layout, cells, firstYearCol)) {
				total = cells.stream().filter(c -> subHeaders.containsKey(c.col()) && !c.isBlank()).toList();
				break;
			}
			rows.add(row(sheet, header, r, cells, columns, years, subHeaders, unit));
		}
		return new ItemList(header, columns, years, subHeaders, rows, total, unit);
	}

	private static boolean subHeaderRow(SheetGrid sheet, int row, Map<Integer, Field> subHeaders) {
		return subHeaders.keySet().stream().anyMatch(col -> sheet.cell(row, col).map(GridCell::isText).orElse(false));
	}

	/** A 合計/計 row: a total label left of the years. */
	private static boolean isTotal(SheetLabels labels, YearTableLayout layout, List<GridCell> cells, int firstYearCol) {
		return cells.stream()
			.anyMatch(c -> c.col() < firstYearCol && c.isText() && layout.isTotal(labels.canonicalAt(c)));
	}

	/** 「（単位：千円）」 in a row above the header (or on it, beside the columns). */
	private static Unit unitNote(SheetGrid sheet, int header) {
		for (int r = 0; r <= header; r++) {
			for (GridCell cell : sheet.texts(r)) {
				if (cell.text().contains("単位")) {
					Unit unit = Unit.fromHeader(cell.text());
					if (unit != Unit.NONE) {
						return unit;
					}
				}
			}
		}
		return null;
	}

	/**
	 * One item row: each form field's cell under its header (labelled at the row's own cell, so a finding names
	 * it), and its year cells as a year table of one row per year.
	 */
	private static Row row(SheetGrid sheet, int header, int r, List<GridCell> cells, Map<Field, GridCell> columns,
			List<YearsAcross.Span> years, Map<Integer, Field> subHeaders, Unit unit) {
		Map<Field, LabelledValue> form = new TreeMap<>(Field.ORDER);
		columns.forEach((field, head) -> {
			GridCell value = null;
			int last = YearsAcross.lastCol(sheet, head);
			for (GridCell cell : cells) {
				if (cell.col() >= head.col() && cell.col() <= last && !cell.isBlank()) {
					value = cell;
					break;
				}
			}
			GridCell at = new GridCell(r, head.col(), head.text(), null, null, "General", null, false);
			form.put(field, new LabelledValue(at, value));
		});
		List<Map<Field, GridCell>> byYear = new ArrayList<>();
		years.forEach(y -> byYear.add(new TreeMap<>(Field.ORDER)));
		YearsAcross.bySubHeaders(cells, subHeaders, years, byYear);
		Map<Field, YearTable.Column> yearColumns = new TreeMap<>(Field.ORDER);
		// a sub-header's unit (「効果額（千円）目標」) applies to its column
		subHeaders.forEach((col, field) -> yearColumns.putIfAbsent(field, new YearTable.Column(col, sheet
			.cell(header + 1, col)
			.filter(GridCell::isText)
			.orElse(new GridCell(header + 1, col, "", null, null, "General", null, false)))));
		List<YearTable.Row> yearRows = new ArrayList<>();
		for (int i = 0; i < years.size(); i++) {
			yearRows.add(new YearTable.Row(r, years.get(i).header(), null, byYear.get(i)));
		}
		YearTable table = new YearTable(header, new YearTable.Column(years.isEmpty() ? 0 : years.get(0).firstCol(),
				years.isEmpty() ? null : years.get(0).header()), yearColumns, yearRows, null, List.of(), List.of(), unit);
		return new Row(new ItemBlock(r, r, true), form, table);
	}

	/**
	 * The 合計 row against the items read: per money column, its figure and the sum of the items' values in that
	 * column (a warning when they differ). Only when every row became an item: a held-back row's figures are
	 * not known, and its error is said already.
	 */
	void checkTotal(String sheet, List<SurveyItem> items, CellValues cellValues, List<Finding> findings) {
		if (items.size() != rows.size()) {
			return;
		}
		for (GridCell cell : total) {
			Field field = subHeaders.get(cell.col());
			if (field == null || !field.isMoney()) {
				continue;
			}
			String column = CellRefs.a1(0, cell.col()).replaceAll("\\d", "");
			BigDecimal sum = items.stream()
				.flatMap(i -> i.values().stream())
				.filter(v -> v.field() == field && v.number() != null && v.cell().replaceAll("\\d", "").equals(column))
				.map(SourcedValue::number)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			Unit columnUnit = unit != null && unit.isMoney() ? unit : Unit.KYEN;
			Normalized<Quantity> stated = cellValues.quantity(cell, columnUnit);
			if (stated instanceof Normalized.Value<Quantity> q
					&& CellValues.plain(q.value().value()).compareTo(CellValues.plain(sum)) != 0) {
				findings.add(Finding.warning(sheet, cell.ref(), "合計 " + CellValues.plain(q.value().value()).toPlainString()
						+ " が各取組の合計 " + CellValues.plain(sum).toPlainString() + " と一致しません"));
			}
		}
	}

}
