package jp.reform.survey.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * Walks a grid the way the survey reader does (every row, every cell, text rows, the value right of
 * each cell), so that a lazily decoded grid shows its faults here, and checks what the survey reader
 * relies on: a cell belongs to the row it is listed in, columns rise, and a non-blank cell is
 * exactly one of text, number or error.
 */
final class GridChecks {

	private GridChecks() {
	}

	static void consume(WorkbookGrid grid) {
		assertThat(grid.sheets()).isNotNull();
		for (SheetGrid sheet : grid.sheets()) {
			assertThat(sheet.name()).isNotNull();
			sheet.isEmpty();
			sheet.lastRow();
			for (int row : sheet.rowIndices()) {
				List<GridCell> cells = sheet.row(row);
				int previous = -1;
				for (GridCell cell : cells) {
					assertThat(cell.row()).as("row of %s", cell).isEqualTo(row);
					assertThat(cell.col()).as("columns rise: %s", cell).isGreaterThan(previous);
					previous = cell.col();
					int kinds = (cell.text() != null ? 1 : 0) + (cell.number() != null ? 1 : 0)
							+ (cell.error() != null ? 1 : 0);
					assertThat(kinds).as("one kind of content: %s", cell).isEqualTo(1);
					assertThat(cell.ref()).isNotEmpty();
					assertThat(cell.display()).isNotNull();
					sheet.mergedAt(row, cell.col());
					sheet.valueRightOf(row, cell.col());
				}
				for (GridCell text : sheet.texts(row)) {
					assertThat(text.text()).isNotNull();
				}
			}
		}
	}

}
