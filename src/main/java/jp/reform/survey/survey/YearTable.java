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

	/** Where a table starts: its header row and the column of each field found there. */
	record Header(int row, Map<Field, Column> columns) {
	}

	/**
	 * Locates the table: the first row with a 「年度」 header followed by at least one known column.
	 * Only the header; its rows are read by {@link #read} once the sheet proves to be an item sheet
	 * (a 200,000-row ledger with a 年度 column is not one, and its rows are never walked).
	 */
	static Optional<Header> header(SheetLabels labels) {
		List<SheetLabels.Label> all = labels.all();
		for (int i = 0; i < all.size();) {
			int row = all.get(i).row();
			Map<Field, Column> columns = new EnumMap<>(Field.class);
			for (; i < all.size() && all.get(i).row() == row; i++) {
				SheetLabels.Label label = all.get(i);
				StandardLayout.yearField(label.canonical())
					.ifPresent(field -> columns.putIfAbsent(field, new Column(label.cell().col(), label.cell())));
			}
			if (columns.containsKey(Field.YEAR_LABEL) && columns.size() > 1) {
				return Optional.of(new Header(row, columns));
			}
		}
		return Optional.empty();
	}

	static YearTable read(SheetGrid sheet, Header header) {
		return readRows(sheet, header.row(), header.columns());
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
