package jp.reform.survey.survey;

import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.reform.survey.normalize.Unit;
import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.MergedRange;
import jp.reform.survey.workbook.SheetGrid;
import jp.reform.survey.vocabulary.Field;

/**
 * The year table of an item as found: its header row, the column of each field (any order, any
 * subset), the year rows and the optional 「計」 row. Nothing is normalised here.
 *
 * @param columns per field, its header (with the years across: its row label), whose unit applies
 * @param unread labels of rows holding values that the layout does not describe (or the first value of a row
 *        without a label), to be reported
 * @param activities the item's activities when the rows are activities (Iizuka's plan card), else empty
 * @param unit the unit a note above the table gives its money columns (「（単位：千円）」), or null
 */
record YearTable(int headerRow, Column yearColumn, Map<Field, Column> columns, List<Row> rows, Row totalRow,
		List<GridCell> unread, List<Activity> activities, Unit unit) {

	YearTable {
		unread = List.copyOf(unread);
		activities = List.copyOf(activities);
	}

	/**
	 * One activity row: its name and, per year row of the table (same order as {@code rows}), its cells by field
	 * (activity_plan, activity_result).
	 */
	record Activity(GridCell name, List<Map<Field, GridCell>> byYear) {
	}

	record Column(int col, GridCell header) {
	}

	/** @param besideYear the unheaded cell right of the year label, where the layout has one */
	record Row(int row, GridCell yearCell, GridCell besideYear, Map<Field, GridCell> cells) {

		boolean isEmpty() {
			return besideYear == null && cells.isEmpty();
		}

	}

	/**
	 * Locates the table within the block: the first row with a year header followed by at least one
	 * known column (or, for layouts with text beside the year, the year header alone).
	 */
	static Optional<YearTable> find(SheetLabels labels, YearTableLayout layout, ItemBlock block) {
		if (layout.yearsAcross()) {
			return YearsAcross.find(labels, layout, block);
		}
		for (SheetLabels.Row labelRow : labels.rows()) {
			int row = labelRow.row();
			if (!block.contains(row)) {
				continue;
			}
			Column year = null;
			Map<Field, Column> columns = new TreeMap<>(Field.ORDER);
			for (SheetLabels.Label text : labelRow.labels()) {
				GridCell cell = text.cell();
				String label = text.canonical();
				Field field = layout.columns().get(label);
				if (layout.isYearHeader(label) && year == null) {
					year = new Column(cell.col(), cell);
				}
				else if (field != null) {
					columns.putIfAbsent(field, new Column(cell.col(), cell));
				}
			}
			if (year != null && (!columns.isEmpty() || !layout.besideYear().isEmpty())) {
				return Optional.of(readRows(labels, layout, block, row, year, columns));
			}
		}
		return Optional.empty();
	}

	private static YearTable readRows(SheetLabels labels, YearTableLayout layout, ItemBlock block, int headerRow,
			Column year, Map<Field, Column> columns) {
		SheetGrid sheet = labels.sheet();
		List<Row> rows = new ArrayList<>();
		Row total = null;
		for (int r = headerRow + 1; r <= Math.min(block.lastRow(), sheet.lastRow()); r++) {
			List<GridCell> cells = sheet.row(r); // once per row: every column below picks from it
			if (cells.isEmpty()) {
				if (layout.endsAtBlankRow() && !rows.isEmpty()) {
					break;
				}
				continue; // blank rows inside the table are tolerated
			}
			GridCell yearCell = at(cells, year.col());
			Map<Field, GridCell> values = new TreeMap<>(Field.ORDER);
			columns.forEach((field, column) -> {
				GridCell cell = at(cells, column.col());
				if (cell != null) {
					values.put(field, cell);
				}
			});
			GridCell beside = layout.besideYear().isEmpty() ? null : besideYear(sheet, cells, r, year.col(), columns);
			if (startsTotalRow(labels, cells, year.col(), layout)) {
				total = new Row(r, yearCell, beside, values);
				break;
			}
			if (yearCell != null && yearCell.isText() && layout.isYearHeader(labels.canonicalAt(yearCell))) {
				break; // another table starts
			}
			if (yearCell == null && values.isEmpty() && beside == null) {
				continue; // something outside the table's columns, e.g. a note beside it
			}
			rows.add(new Row(r, yearCell, beside, values));
		}
		return new YearTable(headerRow, year, columns, rows, total, List.of(), List.of(), null);
	}

	/** The non-blank cell of a row's cells (left to right) in a column, or null. */
	private static GridCell at(List<GridCell> cells, int col) {
		for (GridCell cell : cells) {
			if (cell.col() >= col) {
				return cell.col() == col && !cell.isBlank() ? cell : null;
			}
		}
		return null;
	}

	/** The first non-empty cell right of the year label that no column header claims. */
	private static GridCell besideYear(SheetGrid sheet, List<GridCell> cells, int row, int yearCol,
			Map<Field, Column> columns) {
		int from = sheet.mergedAt(row, yearCol).map(MergedRange::lastCol).orElse(yearCol) + 1;
		for (GridCell cell : cells) {
			if (cell.col() >= from && !claimed(columns, cell.col())) {
				return cell;
			}
		}
		return null;
	}

	private static boolean claimed(Map<Field, Column> columns, int col) {
		for (Column column : columns.values()) {
			if (column.col() == col) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsTotalRow(SheetLabels labels, List<GridCell> cells, int yearCol,
			YearTableLayout layout) {
		for (GridCell cell : cells) {
			if (cell.col() <= yearCol && cell.isText() && layout.isTotal(labels.canonicalAt(cell))) {
				return true;
			}
		}
		return false;
	}

}
