package jp.reform.survey.workbook;

import java.util.List;
import java.util.Optional;

/** How a {@link SheetGrid} keeps its cells: by hand-built map, or compactly from a streaming read. */
interface CellStore {

	Optional<GridCell> cell(int row, int col);

	/** Non-blank cells of a row, left to right. */
	List<GridCell> row(int row);

	/** Non-blank text cells of a row, left to right; numbers are not materialised. */
	List<GridCell> texts(int row);

	/** Rows that hold at least one cell, top to bottom. */
	List<Integer> rowIndices();

	int lastRow();

	boolean allBlank();

	/** The first non-blank cell of the row in a column after {@code col}. */
	Optional<GridCell> firstNonBlankAfter(int row, int col);

	long cellCount();

	/** Every cell, blank ones included, row by row: for comparing two readers. */
	List<GridCell> all();

}
