package jp.reform.survey.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.SheetGrid;

/**
 * The text cells of one sheet with their canonical labels, gathered in one pass: layout detection,
 * item blocks, the year table and the form part all search these instead of walking the sheet and
 * canonicalising its cells again each time.
 */
final class SheetLabels {

	/**
	 * Labels are looked for in this many rows from the top. A form — even one sheet of many cards —
	 * fits well within it; a sheet of bulk data pasted beside the forms (200,000 rows, say) is then
	 * recognised as no form from its top alone instead of every one of its cells being indexed.
	 */
	static final int MAX_LABEL_ROWS = 5_000;

	/** A non-blank text cell and its canonical label ("" when the text cannot be a label). */
	record Label(GridCell cell, String canonical) {
	}

	/** The text cells of one row, left to right. */
	record Row(int row, List<Label> labels) {
	}

	private final SheetGrid sheet;

	private final CanonicalLabels canonical;

	private final List<Row> rows;

	/** The row number of each of {@link #rows}, ascending, to find a cell's row by binary search. */
	private final int[] rowNumbers;

	/** Canonical label → its first (topmost, leftmost) cell. */
	private final Map<String, GridCell> present;

	SheetLabels(SheetGrid sheet, CanonicalLabels canonical) {
		this.sheet = sheet;
		this.canonical = canonical;
		List<Row> rows = new ArrayList<>();
		int count = 0;
		for (int row : sheet.rowIndices()) {
			if (row >= MAX_LABEL_ROWS) {
				break;
			}
			List<GridCell> texts = sheet.texts(row);
			if (texts.isEmpty()) {
				continue;
			}
			List<Label> labels = new ArrayList<>(texts.size());
			for (GridCell cell : texts) {
				labels.add(new Label(cell, canonical.of(cell.text())));
			}
			rows.add(new Row(row, Collections.unmodifiableList(labels)));
			count += labels.size();
		}
		this.rows = Collections.unmodifiableList(rows);
		this.rowNumbers = new int[rows.size()];
		this.present = new LinkedHashMap<>(count * 4 / 3 + 1); // sized once: no rehashing as it fills
		for (int i = 0; i < rows.size(); i++) {
			rowNumbers[i] = rows.get(i).row();
			for (Label label : rows.get(i).labels()) {
				if (!label.canonical().isEmpty()) {
					present.putIfAbsent(label.canonical(), label.cell());
				}
			}
		}
	}

	SheetGrid sheet() {
		return sheet;
	}

	/** Rows holding at least one text cell, top to bottom. */
	List<Row> rows() {
		return rows;
	}

	/** Canonical text of every text cell that can be a label → its first (topmost, leftmost) cell. */
	Map<String, GridCell> present() {
		return Collections.unmodifiableMap(present);
	}

	/** The canonical label of any text. */
	String canonical(String text) {
		return canonical.of(text);
	}

	/** The canonical label of a text cell of this sheet, found by its position rather than its text. */
	String canonicalAt(GridCell cell) {
		int slot = Arrays.binarySearch(rowNumbers, cell.row());
		if (slot >= 0) {
			for (Label label : rows.get(slot).labels()) {
				if (label.cell().col() == cell.col()) {
					return label.canonical();
				}
			}
		}
		return canonical(cell.text());
	}

}
