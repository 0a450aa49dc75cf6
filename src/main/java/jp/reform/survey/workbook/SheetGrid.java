package jp.reform.survey.workbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cells of one sheet by row, with merged ranges; the reading code never sees POI types. A grid
 * built by hand or from POI keeps {@link GridCell}s; one built by the streaming reader keeps its
 * cells compactly and hands out {@link GridCell}s as they are asked for.
 */
public final class SheetGrid {

	private final String name;

	private final boolean hidden;

	private final CellStore cells;

	private final List<MergedRange> merged = new ArrayList<>();

	/** Merged ranges by their top-left cell, built on first use (a sheet may have thousands). */
	private Map<Long, MergedRange> mergedByTopLeft;

	public SheetGrid(String name, boolean hidden) {
		this(name, hidden, new TreeCellStore());
	}

	SheetGrid(String name, boolean hidden, CellStore cells) {
		this.name = name;
		this.hidden = hidden;
		this.cells = cells;
	}

	public void put(GridCell cell) {
		if (!(cells instanceof TreeCellStore tree)) {
			throw new UnsupportedOperationException("a streamed sheet is complete as read");
		}
		tree.put(cell);
	}

	public void addMerged(MergedRange range) {
		merged.add(range);
		mergedByTopLeft = null;
	}

	public String name() {
		return name;
	}

	public boolean hidden() {
		return hidden;
	}

	public List<MergedRange> merged() {
		return Collections.unmodifiableList(merged);
	}

	public Optional<GridCell> cell(int row, int col) {
		return cells.cell(row, col);
	}

	/** Non-empty cells of a row, left to right. */
	public List<GridCell> row(int row) {
		return cells.row(row);
	}

	/**
	 * Non-empty text cells of a row, left to right: what label searches look at. Cheaper than
	 * {@link #row(int)} on large sheets because numbers are not turned into BigDecimals.
	 */
	public List<GridCell> texts(int row) {
		return cells.texts(row);
	}

	/** Row indices that hold at least one cell, top to bottom. */
	public List<Integer> rowIndices() {
		return cells.rowIndices();
	}

	public int lastRow() {
		return cells.lastRow();
	}

	public boolean isEmpty() {
		return cells.allBlank();
	}

	/** How many cells the sheet holds, blank ones included. */
	public long cellCount() {
		return cells.cellCount();
	}

	/** See {@link CompactCellStore#checkSharedReferences(int)}; nothing to do for hand-built grids. */
	void checkSharedReferences(int sharedStrings) {
		if (cells instanceof CompactCellStore compact) {
			compact.checkSharedReferences(sharedStrings);
		}
	}

	/** Every cell, blank ones included, in row and column order (for comparisons and diagnostics). */
	List<GridCell> allCells() {
		return cells.all();
	}

	/** The merged range whose top-left cell this is, if any. */
	public Optional<MergedRange> mergedAt(int row, int col) {
		if (mergedByTopLeft == null) {
			Map<Long, MergedRange> index = new HashMap<>();
			for (MergedRange range : merged) {
				index.putIfAbsent(key(range.firstRow(), range.firstCol()), range);
			}
			mergedByTopLeft = index;
		}
		return Optional.ofNullable(mergedByTopLeft.get(key(row, col)));
	}

	/** The first non-empty cell right of {@code col} on {@code row}, past the cell's own merged range. */
	public Optional<GridCell> valueRightOf(int row, int col) {
		int from = mergedAt(row, col).map(MergedRange::lastCol).orElse(col);
		return cells.firstNonBlankAfter(row, from);
	}

	private static long key(int row, int col) {
		return ((long) row << 32) | (col & 0xffffffffL);
	}

}
