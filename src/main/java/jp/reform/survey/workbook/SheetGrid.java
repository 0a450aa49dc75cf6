package jp.reform.survey.workbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The cells of one sheet by row, with merged ranges; the reading code never sees POI types. */
public final class SheetGrid {

	private final String name;

	private final boolean hidden;

	private final NavigableMap<Integer, NavigableMap<Integer, GridCell>> rows = new TreeMap<>();

	private final List<MergedRange> merged = new ArrayList<>();

	public SheetGrid(String name, boolean hidden) {
		this.name = name;
		this.hidden = hidden;
	}

	public void put(GridCell cell) {
		rows.computeIfAbsent(cell.row(), r -> new TreeMap<>()).put(cell.col(), cell);
	}

	public void addMerged(MergedRange range) {
		merged.add(range);
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
		NavigableMap<Integer, GridCell> cells = rows.get(row);
		return Optional.ofNullable(cells == null ? null : cells.get(col));
	}

	/** Non-empty cells of a row, left to right. */
	public List<GridCell> row(int row) {
		NavigableMap<Integer, GridCell> cells = rows.get(row);
		if (cells == null) {
			return List.of();
		}
		return cells.values().stream().filter(c -> !c.isBlank()).toList();
	}

	/** Row indices that hold at least one cell, top to bottom. */
	public List<Integer> rowIndices() {
		return List.copyOf(rows.keySet());
	}

	public int lastRow() {
		return rows.isEmpty() ? -1 : rows.lastKey();
	}

	public boolean isEmpty() {
		return rows.values().stream().flatMap(m -> m.values().stream()).allMatch(GridCell::isBlank);
	}

	/** The merged range whose top-left cell this is, if any. */
	public Optional<MergedRange> mergedAt(int row, int col) {
		return merged.stream().filter(m -> m.firstRow() == row && m.firstCol() == col).findFirst();
	}

	/** The first non-empty cell right of {@code col} on {@code row}, past the cell's own merged range. */
	public Optional<GridCell> valueRightOf(int row, int col) {
		int from = mergedAt(row, col).map(MergedRange::lastCol).orElse(col);
		NavigableMap<Integer, GridCell> cells = rows.get(row);
		if (cells == null) {
			return Optional.empty();
		}
		for (Map.Entry<Integer, GridCell> e : cells.tailMap(from, false).entrySet()) {
			if (!e.getValue().isBlank()) {
				return Optional.of(e.getValue());
			}
		}
		return Optional.empty();
	}

}
