package jp.reform.survey.workbook;

import java.time.LocalDateTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Cells appended in sheet order by the streaming reader, kept in parallel primitive arrays
 * (~15 bytes a cell instead of a TreeMap entry and a record with a BigDecimal, ~150 bytes): what
 * lets a 200,000 × 10 sheet fit in a 256 MB heap. Text lives in the workbook's {@link WorkbookText};
 * numbers stay doubles until a cell is asked for, then become exactly what the POI path gives.
 */
final class CompactCellStore implements CellStore {

	static final byte NUMBER = 1;

	static final byte TEXT = 2;

	static final byte BOOLEAN = 3;

	static final byte ERROR = 4;

	private static final byte KIND = 0x0f;

	private static final byte FORMULA = 0x10;

	private final WorkbookText text;

	private final WorkbookFormats formats;

	private int[] rowNumbers = new int[16];

	/** rowStarts[i] is the first cell of row slot i; rowStarts[rowCount] is cellCount. */
	private int[] rowStarts = new int[17];

	private int rowCount;

	private char[] cols;

	private byte[] kinds;

	private long[] values;

	private int[] styles;

	private int cellCount;

	/**
	 * @param expectedCells a guess from the part's size: sized right, a large sheet is read without
	 * the arrays being copied over and over as they grow (which would also double the peak memory)
	 */
	CompactCellStore(WorkbookText text, WorkbookFormats formats, int expectedCells) {
		this.text = text;
		this.formats = formats;
		int capacity = Math.max(64, expectedCells);
		cols = new char[capacity];
		kinds = new byte[capacity];
		values = new long[capacity];
		styles = new int[capacity];
	}

	/** Grows the arrays once to hold {@code cells}, e.g. when the sheet declares its dimension. */
	void expect(int cells) {
		if (cells > cols.length) {
			resize(cells);
		}
	}

	/**
	 * Appends a cell; rows and columns must come in ascending order, as Excel writes them.
	 * @throws IllegalStateException when they do not (the caller then falls back to POI)
	 */
	void add(int row, int col, byte kind, boolean formula, long value, int style) {
		if (col < 0 || col > Character.MAX_VALUE || row < 0) {
			throw new IllegalStateException("cell outside the sheet: row " + row + ", col " + col);
		}
		if (rowCount == 0 || rowNumbers[rowCount - 1] != row) {
			if (rowCount > 0 && rowNumbers[rowCount - 1] > row) {
				throw new IllegalStateException("rows out of order at row " + (row + 1));
			}
			if (rowCount + 1 >= rowNumbers.length) {
				rowNumbers = Arrays.copyOf(rowNumbers, rowNumbers.length * 2);
				rowStarts = Arrays.copyOf(rowStarts, rowNumbers.length + 1);
			}
			rowNumbers[rowCount] = row;
			rowStarts[rowCount] = cellCount;
			rowCount++;
		}
		else if (cols[cellCount - 1] >= col) {
			throw new IllegalStateException("cells out of order at " + CellRefs.a1(row, col));
		}
		if (cellCount == cols.length) {
			resize(cols.length + (cols.length >> 1) + 16);
		}
		cols[cellCount] = (char) col;
		kinds[cellCount] = (byte) (kind | (formula ? FORMULA : 0));
		values[cellCount] = value;
		styles[cellCount] = style;
		cellCount++;
		rowStarts[rowCount] = cellCount;
	}

	@Override
	public Optional<GridCell> cell(int row, int col) {
		int slot = slot(row);
		if (slot < 0) {
			return Optional.empty();
		}
		int from = rowStarts[slot];
		int to = rowStarts[slot + 1];
		int i = Arrays.binarySearch(cols, from, to, (char) col);
		return i < 0 || col < 0 || col > Character.MAX_VALUE ? Optional.empty() : Optional.of(materialise(row, i));
	}

	@Override
	public List<GridCell> row(int row) {
		return cells(row, false);
	}

	@Override
	public List<GridCell> texts(int row) {
		return cells(row, true);
	}

	private List<GridCell> cells(int row, boolean textOnly) {
		int slot = slot(row);
		if (slot < 0) {
			return List.of();
		}
		List<GridCell> cells = new ArrayList<>(rowStarts[slot + 1] - rowStarts[slot]);
		for (int i = rowStarts[slot]; i < rowStarts[slot + 1]; i++) {
			int kind = kinds[i] & KIND;
			if (textOnly && kind != TEXT && kind != BOOLEAN) {
				continue;
			}
			if (!blank(i)) {
				cells.add(materialise(row, i));
			}
		}
		return cells;
	}

	@Override
	public List<Integer> rowIndices() {
		return new RowList(rowNumbers, rowCount);
	}

	@Override
	public int lastRow() {
		return rowCount == 0 ? -1 : rowNumbers[rowCount - 1];
	}

	@Override
	public boolean allBlank() {
		for (int i = 0; i < cellCount; i++) {
			if (!blank(i)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public Optional<GridCell> firstNonBlankAfter(int row, int col) {
		int slot = slot(row);
		if (slot < 0) {
			return Optional.empty();
		}
		for (int i = rowStarts[slot]; i < rowStarts[slot + 1]; i++) {
			if (cols[i] > col && !blank(i)) {
				return Optional.of(materialise(row, i));
			}
		}
		return Optional.empty();
	}

	@Override
	public List<GridCell> all() {
		List<GridCell> all = new ArrayList<>(cellCount);
		for (int slot = 0; slot < rowCount; slot++) {
			for (int i = rowStarts[slot]; i < rowStarts[slot + 1]; i++) {
				all.add(materialise(rowNumbers[slot], i));
			}
		}
		return all;
	}

	@Override
	public long cellCount() {
		return cellCount;
	}

	/**
	 * Once the shared-strings table is complete: a cell pointing past its end reads as "", as in POI
	 * (the sheet was parsed while the table was still being read, so this could not be checked then).
	 */
	void checkSharedReferences(int sharedStrings) {
		for (int i = 0; i < cellCount; i++) {
			if ((kinds[i] & KIND) == TEXT && values[i] >= sharedStrings) {
				values[i] = text.add("");
			}
		}
	}

	/** Releases the growth slack once the sheet is complete, when there is much of it. */
	void trim() {
		rowNumbers = Arrays.copyOf(rowNumbers, rowCount + 1);
		rowStarts = Arrays.copyOf(rowStarts, rowCount + 1);
		if (cols.length - cellCount > 1024 && cols.length - cellCount > cellCount / 8) {
			resize(cellCount);
		}
	}

	private void resize(int size) {
		cols = Arrays.copyOf(cols, size);
		kinds = Arrays.copyOf(kinds, size);
		values = Arrays.copyOf(values, size);
		styles = Arrays.copyOf(styles, size);
	}

	private int slot(int row) {
		int i = Arrays.binarySearch(rowNumbers, 0, rowCount, row);
		return i < 0 ? -1 : i;
	}

	private boolean blank(int i) {
		return (kinds[i] & KIND) == TEXT && text.isBlank(values[i]);
	}

	private GridCell materialise(int row, int i) {
		int col = cols[i];
		boolean formula = (kinds[i] & FORMULA) != 0;
		CellFormat format = formats.at(styles[i]);
		String code = format == null ? null : format.code();
		return switch (kinds[i] & KIND) {
			case NUMBER -> number(row, col, Double.longBitsToDouble(values[i]), format, formula);
			case TEXT -> new GridCell(row, col, text.get(values[i]), null, null, code, null, formula);
			case BOOLEAN -> new GridCell(row, col, values[i] != 0 ? "TRUE" : "FALSE", null, null, code, null, formula);
			case ERROR -> new GridCell(row, col, null, null, null, code, text.get(values[i]), formula);
			default -> throw new IllegalStateException("unknown cell kind " + kinds[i]);
		};
	}

	private GridCell number(int row, int col, double value, CellFormat format, boolean formula) {
		String code = format == null ? null : format.code();
		if (!GridNumbers.representable(value)) {
			return new GridCell(row, col, null, null, null, code, GridNumbers.NOT_A_NUMBER, formula);
		}
		LocalDateTime date = null;
		if (format != null && format.date() && CellDates.isExcelDate(value)) {
			date = DateUtil.getLocalDateTime(value, formats.date1904());
		}
		return new GridCell(row, col, null, GridNumbers.exact(value), date, code, null, formula);
	}

	/** Row numbers as a list without boxing them all up front. */
	private static final class RowList extends AbstractList<Integer> implements RandomAccess {

		private final int[] rows;

		private final int size;

		RowList(int[] rows, int size) {
			this.rows = rows;
			this.size = size;
		}

		@Override
		public Integer get(int index) {
			if (index < 0 || index >= size) {
				throw new IndexOutOfBoundsException(index);
			}
			return rows[index];
		}

		@Override
		public int size() {
			return size;
		}

	}

}
