package jp.reform.survey.workbook;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Cells put one by one in any order (the POI path, hand-built test grids): a sorted map per row. */
final class TreeCellStore implements CellStore {

	private final NavigableMap<Integer, NavigableMap<Integer, GridCell>> rows = new TreeMap<>();

	void put(GridCell cell) {
		rows.computeIfAbsent(cell.row(), r -> new TreeMap<>()).put(cell.col(), cell);
	}

	@Override
	public Optional<GridCell> cell(int row, int col) {
		NavigableMap<Integer, GridCell> cells = rows.get(row);
		return Optional.ofNullable(cells == null ? null : cells.get(col));
	}

	@Override
	public List<GridCell> row(int row) {
		NavigableMap<Integer, GridCell> cells = rows.get(row);
		if (cells == null) {
			return List.of();
		}
		return cells.values().stream().filter(c -> !c.isBlank()).toList();
	}

	@Override
	public List<GridCell> texts(int row) {
		return row(row).stream().filter(GridCell::isText).toList();
	}

	@Override
	public List<Integer> rowIndices() {
		return List.copyOf(rows.keySet());
	}

	@Override
	public int lastRow() {
		return rows.isEmpty() ? -1 : rows.lastKey();
	}

	@Override
	public boolean allBlank() {
		return rows.values().stream().flatMap(m -> m.values().stream()).allMatch(GridCell::isBlank);
	}

	@Override
	public Optional<GridCell> firstNonBlankAfter(int row, int col) {
		NavigableMap<Integer, GridCell> cells = rows.get(row);
		if (cells == null) {
			return Optional.empty();
		}
		for (Map.Entry<Integer, GridCell> e : cells.tailMap(col, false).entrySet()) {
			if (!e.getValue().isBlank()) {
				return Optional.of(e.getValue());
			}
		}
		return Optional.empty();
	}

	@Override
	public List<GridCell> all() {
		return rows.values().stream().flatMap(m -> m.values().stream()).toList();
	}

	@Override
	public long cellCount() {
		return rows.values().stream().mapToLong(Map::size).sum();
	}

}
