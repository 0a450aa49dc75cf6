package jp.reform.survey.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jp.reform.survey.normalize.Era;
import jp.reform.survey.normalize.FiscalYears;
import jp.reform.survey.normalize.Normalized;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.MergedRange;
import jp.reform.survey.workbook.SheetGrid;

/**
 * A year table with the fiscal years across one header row: 「年度 | R5 | R6 | R7」, the rows labelled
 * down the header's column (取組予定, 目標効果額（千円）…). Found as a {@link YearTable} with one row per
 * year, so the years are read, normalised and checked exactly as in a table with the years down a column.
 * A year label may be merged over several columns; a 合計 column is the check row.
 */
final class YearsAcross {

	/** Only to tell a year label (R6, 令和6年度, 2024年度, FY2024, a bare 6, a date) from other header text. */
	private static final FiscalYears FISCAL_YEARS = new FiscalYears();

	/**
	 * One year (or the 合計) of the header row and the columns under it.
	 *
	 * @param total whether this is the check column rather than a year
	 */
	record Span(GridCell header, int firstCol, int lastCol, boolean total) {
	}

	private YearsAcross() {
	}

	static Optional<YearTable> find(SheetLabels labels, YearTableLayout layout, ItemBlock block) {
		for (SheetLabels.Row labelRow : labels.rows()) {
			if (!block.contains(labelRow.row())) {
				continue;
			}
			for (SheetLabels.Label text : labelRow.labels()) {
				if (layout.isYearHeader(text.canonical())) {
					List<Span> spans = spans(labels, layout, labelRow.row(), text.cell());
					if (spans.stream().anyMatch(s -> !s.total())) {
						return Optional.of(layout.activityRows() ? activities(labels, layout, block, text.cell(), spans)
								: read(labels, layout, block, text.cell(), spans));
					}
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The year labels right of {@code header} on its row, each spanning its merged range; a cell that
	 * is no year label (a note, 備考) is not a year.
	 */
	static List<Span> spans(SheetLabels labels, YearTableLayout layout, int row, GridCell header) {
		SheetGrid sheet = labels.sheet();
		int from = lastCol(sheet, header) + 1;
		List<Span> spans = new ArrayList<>();
		for (GridCell cell : sheet.row(row)) {
			if (cell.col() < from || cell.isBlank()) {
				continue;
			}
			boolean total = cell.isText() && layout.isTotal(labels.canonicalAt(cell));
			if (total || looksLikeYear(cell)) {
				spans.add(new Span(cell, cell.col(), lastCol(sheet, cell), total));
			}
		}
		return spans;
	}

	/** Whether a header cell is written as a fiscal year in any of the forms a year label takes. */
	static boolean looksLikeYear(GridCell cell) {
		if (cell.date() != null) {
			return true; // a date heading: the fiscal year containing it
		}
		if (cell.isNumber()) {
			int n = cell.number().intValue();
			return cell.number().signum() > 0 && cell.number().stripTrailingZeros().scale() <= 0
					&& (n <= 99 || (n >= 1900 && n <= 2100));
		}
		return cell.isText() && FISCAL_YEARS.parse(cell.text(), Era.REIWA) instanceof Normalized.Value<Integer>;
	}

	private static YearTable read(SheetLabels labels, YearTableLayout layout, ItemBlock block, GridCell header,
			List<Span> spans) {
		SheetGrid sheet = labels.sheet();
		int labelCol = header.col();
		int labelLastCol = lastCol(sheet, header);
		Map<Field, YearTable.Column> columns = new TreeMap<>(Field.ORDER);
		List<Map<Field, GridCell>> byYear = new ArrayList<>();
		spans.forEach(s -> byYear.add(new TreeMap<>(Field.ORDER)));
		List<GridCell> unread = new ArrayList<>();
		List<Span> wide = widened(spans);
		Map<Integer, Field> subHeaders = subHeaders(labels, layout, header.row() + 1, wide);
		subHeaders.forEach((col, field) -> sheet.cell(header.row() + 1, col)
			.ifPresent(cell -> columns.putIfAbsent(field, new YearTable.Column(col, cell))));
		for (int r = header.row() + (subHeaders.isEmpty() ? 1 : 2); r <= Math.min(block.lastRow(), sheet.lastRow()); r++) {
			List<GridCell> cells = sheet.row(r);
			GridCell label = firstText(cells, labelCol, labelLastCol);
			if (label == null && !subHeaders.isEmpty()) {
				bySubHeaders(cells, subHeaders, wide, byYear);
				continue;
			}
			if (label == null) {
				if (cells.isEmpty() && layout.endsAtBlankRow() && !columns.isEmpty()) {
					break;
				}
				continue;
			}
			String canonical = labels.canonicalAt(label);
			if (layout.isYearHeader(canonical)) {
				break; // another table starts
			}
			Field field = layout.rows().get(canonical);
			if (field == null && !subHeaders.isEmpty()) {
				bySubHeaders(cells, subHeaders, wide, byYear);
				continue;
			}
			if (field == null) {
				if (hasValue(cells, spans)) {
					unread.add(label);
				}
				continue;
			}
			columns.putIfAbsent(field, new YearTable.Column(label.col(), label));
			for (int i = 0; i < spans.size(); i++) {
				GridCell value = first(cells, spans.get(i));
				if (value != null) {
					byYear.get(i).putIfAbsent(field, value);
				}
			}
		}
		List<YearTable.Row> rows = new ArrayList<>();
		YearTable.Row total = null;
		for (int i = 0; i < spans.size(); i++) {
			Span span = spans.get(i);
			YearTable.Row row = new YearTable.Row(header.row(), span.header(), null, byYear.get(i));
			if (span.total()) {
				total = total == null ? row : total;
			}
			else {
				rows.add(row);
			}
		}
		return new YearTable(header.row(), new YearTable.Column(labelCol, header), columns, rows, total, unread,
				List.of(), null);
	}

	/**
	 * Rows that are the item's activities: each labelled row is one activity (its planned action per year, or per
	 * sub-header under each year), a row labelled as in {@code rows} (実施状況) adds to the activity above it, and
	 * the first blank row after them ends the table.
	 */
	private static YearTable activities(SheetLabels labels, YearTableLayout layout, ItemBlock block, GridCell header,
			List<Span> spans) {
		SheetGrid sheet = labels.sheet();
		List<Span> years = widened(spans.stream().filter(s -> !s.total()).toList());
		int labelLastCol = lastCol(sheet, header);
		Map<Integer, Field> subHeaders = subHeaders(labels, layout, header.row() + 1, years);
		List<YearTable.Activity> activities = new ArrayList<>();
		List<GridCell> unread = new ArrayList<>();
		int last = Math.min(block.lastRow(), sheet.lastRow());
		for (int r = header.row() + (subHeaders.isEmpty() ? 1 : 2); r <= last; r++) {
			List<GridCell> cells = sheet.row(r);
			if (cells.stream().allMatch(GridCell::isBlank)) {
				if (!activities.isEmpty()) {
					break;
				}
				continue;
			}
			GridCell label = firstText(cells, header.col(), labelLastCol);
			String canonical = label == null ? "" : labels.canonicalAt(label);
			if (layout.isYearHeader(canonical)) {
				break;
			}
			Field belongs = layout.rows().get(canonical);
			if (label == null || (belongs != null && activities.isEmpty())) {
				cells.stream().filter(c -> !c.isBlank()).findFirst().ifPresent(unread::add);
				continue;
			}
			List<Map<Field, GridCell>> byYear;
			if (belongs != null) {
				byYear = activities.get(activities.size() - 1).byYear();
			}
			else {
				byYear = new ArrayList<>();
				years.forEach(y -> byYear.add(new TreeMap<>(Field.ORDER)));
				activities.add(new YearTable.Activity(label, byYear));
			}
			for (int i = 0; i < years.size(); i++) {
				Span year = years.get(i);
				if (belongs != null || subHeaders.isEmpty()) {
					GridCell value = first(cells, year);
					if (value != null) {
						byYear.get(i).putIfAbsent(belongs != null ? belongs : Field.ACTIVITY_PLAN, value);
					}
					continue;
				}
				for (GridCell cell : cells) {
					Field field = subHeaders.get(cell.col());
					if (field != null && !cell.isBlank() && cell.col() >= year.firstCol() && cell.col() <= year.lastCol()) {
						byYear.get(i).putIfAbsent(field, cell);
					}
				}
			}
		}
		List<YearTable.Row> rows = years.stream()
			.map(y -> new YearTable.Row(header.row(), y.header(), null, Map.<Field, GridCell>of()))
			.toList();
		return new YearTable(header.row(), new YearTable.Column(header.col(), header), Map.of(), rows, null, unread,
				activities, null);
	}

	/**
	 * Years written in one cell each with their sub-headers beside (R6 in C, 取組内容 C and 実施状況 D): each
	 * year runs to the column before the next, the last as wide as the one before it.
	 */
	static List<Span> widened(List<Span> years) {
		List<Span> wide = new ArrayList<>();
		for (int i = 0; i < years.size(); i++) {
			Span year = years.get(i);
			int last = i + 1 < years.size() ? years.get(i + 1).firstCol() - 1
					: i > 0 ? year.firstCol() + (wide.get(i - 1).lastCol() - wide.get(i - 1).firstCol()) : year.lastCol();
			wide.add(new Span(year.header(), year.firstCol(), Math.max(year.lastCol(), last), year.total()));
		}
		return wide;
	}

	/** The sub-headers under the years (取組内容 | 実施状況 under each), by column; empty when the row has none. */
	static Map<Integer, Field> subHeaders(SheetLabels labels, YearTableLayout layout, int row, List<Span> years) {
		Map<Integer, Field> byCol = new TreeMap<>();
		for (GridCell cell : labels.sheet().row(row)) {
			Field field = cell.isText() ? layout.columns().get(labels.canonicalAt(cell)) : null;
			if (field != null && years.stream().anyMatch(y -> cell.col() >= y.firstCol() && cell.col() <= y.lastCol())) {
				byCol.put(cell.col(), field);
			}
		}
		return byCol;
	}

	/** A row whose values the sub-headers under each year name (目標 | 実績): each cell to its year and field. */
	static void bySubHeaders(List<GridCell> cells, Map<Integer, Field> subHeaders, List<Span> spans,
			List<Map<Field, GridCell>> byYear) {
		for (GridCell cell : cells) {
			Field field = subHeaders.get(cell.col());
			int year = spanOf(spans, cell.col());
			if (field != null && year >= 0 && !cell.isBlank()) {
				byYear.get(year).putIfAbsent(field, cell);
			}
		}
	}

	/** The index of the year whose columns hold {@code col}, or -1. */
	static int spanOf(List<Span> spans, int col) {
		for (int i = 0; i < spans.size(); i++) {
			if (col >= spans.get(i).firstCol() && col <= spans.get(i).lastCol()) {
				return i;
			}
		}
		return -1;
	}

	/** The first non-blank cell of a row within a year's columns. */
	private static GridCell first(List<GridCell> cells, Span span) {
		for (GridCell cell : cells) {
			if (cell.col() >= span.firstCol() && cell.col() <= span.lastCol() && !cell.isBlank()) {
				return cell;
			}
		}
		return null;
	}

	private static boolean hasValue(List<GridCell> cells, List<Span> spans) {
		for (Span span : spans) {
			if (first(cells, span) != null) {
				return true;
			}
		}
		return false;
	}

	/** The row's label: the first text cell within the header's columns. */
	private static GridCell firstText(List<GridCell> cells, int from, int to) {
		for (GridCell cell : cells) {
			if (cell.col() >= from && cell.col() <= to && cell.isText() && !cell.isBlank()) {
				return cell;
			}
		}
		return null;
	}

	static int lastCol(SheetGrid sheet, GridCell cell) {
		return sheet.mergedAt(cell.row(), cell.col()).map(MergedRange::lastCol).orElse(cell.col());
	}

}
