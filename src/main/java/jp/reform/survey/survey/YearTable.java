package jp.reform.survey.survey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.MergedRange;
import jp.reform.survey.workbook.SheetGrid;

/**
 * The year table of an item as found: its header row, the column of each field (any order, any
 * subset), the year rows and the optional 「計」 row. Nothing is normalised here.
 */
record YearTable(int headerRow, Column yearColumn, Map<Field, Column> columns, List<Row> rows, Row totalRow) {

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
	static Optional<YearTable> find(SheetGrid sheet, YearTableLayout layout, ItemBlock block) {
		for (int row : sheet.rowIndices()) {
			if (!block.contains(row)) {
				continue;
			}
			Column year = null;
			Map<Field, Column> columns = new EnumMap<>(Field.class);
			for (GridCell cell : sheet.row(row)) {
				if (!cell.isText()) {
					continue;
				}
				String label = Labels.canonical(cell.text());
				if (layout.isYearHeader(label) && year == null) {
					year = new Column(cell.col(), cell);
				}
				else if (layout.columns().containsKey(label)) {
					columns.putIfAbsent(layout.columns().get(label), new Column(cell.col(), cell));
				}
			}
			if (year != null && (!columns.isEmpty() || !layout.besideYear().isEmpty())) {
				return Optional.of(readRows(sheet, layout, block, row, year, columns));
			}
		}
		return Optional.empty();
	}

	private static YearTable readRows(SheetGrid sheet, YearTableLayout layout, ItemBlock block, int headerRow,
			Column year, Map<Field, Column> columns) {
		List<Row> rows = new ArrayList<>();
		Row total = null;
		for (int r = headerRow + 1; r <= Math.min(block.lastRow(), sheet.lastRow()); r++) {
			List<GridCell> cells = sheet.row(r);
			if (cells.isEmpty()) {
				if (layout.endsAtBlankRow() && !rows.isEmpty()) {
					break;
				}
				continue; // blank rows inside the table are tolerated
			}
			int row = r;
			GridCell yearCell = sheet.cell(r, year.col()).filter(c -> !c.isBlank()).orElse(null);
			Map<Field, GridCell> values = new EnumMap<>(Field.class);
			columns.forEach((field, column) -> sheet.cell(row, column.col())
				.filter(c -> !c.isBlank())
				.ifPresent(c -> values.put(field, c)));
			GridCell beside = layout.besideYear().isEmpty() ? null : besideYear(sheet, r, year.col(), columns);
			if (startsTotalRow(cells, year.col(), layout)) {
				total = new Row(r, yearCell, beside, values);
				break;
			}
			if (yearCell != null && yearCell.isText() && layout.isYearHeader(Labels.canonical(yearCell.text()))) {
				break; // another table starts
			}
			if (yearCell == null && values.isEmpty() && beside == null) {
				continue; // something outside the table's columns, e.g. a note beside it
			}
			rows.add(new Row(r, yearCell, beside, values));
		}
		return new YearTable(headerRow, year, columns, rows, total);
	}

	/** The first non-empty cell right of the year label that no column header claims. */
	private static GridCell besideYear(SheetGrid sheet, int row, int yearCol, Map<Field, Column> columns) {
		int from = sheet.mergedAt(row, yearCol).map(MergedRange::lastCol).orElse(yearCol) + 1;
		for (GridCell cell : sheet.row(row)) {
			if (cell.col() >= from && columns.values().stream().noneMatch(c -> c.col() == cell.col())) {
				return cell;
			}
		}
		return null;
	}

	private static boolean startsTotalRow(List<GridCell> cells, int yearCol, YearTableLayout layout) {
		return cells.stream()
			.filter(c -> c.col() <= yearCol && c.isText())
			.anyMatch(c -> layout.isTotal(Labels.canonical(c.text())));
	}

}
