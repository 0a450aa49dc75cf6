package jp.reform.survey.survey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.SheetGrid;

/**
 * The year table of an item sheet as found: its header row, the column of each field (any order,
 * any subset), the year rows and the optional 「計」 row. Nothing is normalised here.
 */
record YearTable(int headerRow, Map<Field, Column> columns, List<Row> rows, Row totalRow) {

	record Column(int col, GridCell header) {
	}

	record Row(int row, GridCell yearCell, Map<Field, GridCell> cells) {
	}

	/** Locates the table: the first row with a 「年度」 header followed by at least one known column. */
	static Optional<YearTable> find(SheetGrid sheet) {
		for (int row : sheet.rowIndices()) {
			Map<Field, Column> columns = headerColumns(sheet.texts(row));
			if (columns.containsKey(Field.YEAR_LABEL) && columns.size() > 1) {
				return Optional.of(readRows(sheet, row, columns));
			}
		}
		return Optional.empty();
	}

	private static Map<Field, Column> headerColumns(List<GridCell> cells) {
		Map<Field, Column> columns = new EnumMap<>(Field.class);
		for (GridCell cell : cells) {
			if (cell.isText()) {
				StandardLayout.yearColumn(cell.text())
					.ifPresent(field -> columns.putIfAbsent(field, new Column(cell.col(), cell)));
			}
		}
		return columns;
	}

	private static YearTable readRows(SheetGrid sheet, int headerRow, Map<Field, Column> columns) {
		int yearCol = columns.get(Field.YEAR_LABEL).col();
		List<Row> rows = new ArrayList<>();
		Row total = null;
		for (int r : sheet.rowIndices()) {
			if (r <= headerRow) {
				continue;
			}
			List<GridCell> cells = sheet.row(r);
			if (cells.isEmpty()) {
				continue; // blank rows inside the table are tolerated
			}
			GridCell yearCell = sheet.cell(r, yearCol).filter(c -> !c.isBlank()).orElse(null);
			Map<Field, GridCell> values = new EnumMap<>(Field.class);
			columns.forEach((field, column) -> {
				if (field != Field.YEAR_LABEL) {
					sheet.cell(r, column.col()).filter(c -> !c.isBlank()).ifPresent(c -> values.put(field, c));
				}
			});
			if (startsTotalRow(cells, yearCol)) {
				total = new Row(r, yearCell, values);
				break;
			}
			if (yearCell != null && yearCell.isText() && StandardLayout.yearColumn(yearCell.text()).isPresent()) {
				break; // another table starts
			}
			if (yearCell == null && values.isEmpty()) {
				continue; // something outside the table's columns, e.g. a note beside it
			}
			rows.add(new Row(r, yearCell, values));
		}
		return new YearTable(headerRow, columns, rows, total);
	}

	private static boolean startsTotalRow(List<GridCell> cells, int yearCol) {
		return cells.stream()
			.filter(c -> c.col() <= yearCol && c.isText())
			.anyMatch(c -> StandardLayout.isTotalRow(c.text()));
	}

}
