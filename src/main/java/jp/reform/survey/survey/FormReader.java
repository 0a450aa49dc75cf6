package jp.reform.survey.survey;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.SheetGrid;

/**
 * Finds the label → value pairs of an item wherever they sit: a label in one cell, its value the
 * next non-empty cell to the right (past the label's merged range) unless that cell is itself a
 * label with a value (an empty 担当課 before 関係課). The topmost occurrence of a label wins; the rows
 * of the year table and below are not searched.
 */
final class FormReader {

	record LabelledValue(GridCell label, GridCell value) {
	}

	private FormReader() {
	}

	/** @param stopRow first row not searched (the year-table header), or -1 for the block's end */
	static Map<Field, LabelledValue> read(SheetGrid sheet, LayoutProfile profile, ItemBlock block, int stopRow) {
		Map<Field, LabelledValue> found = new EnumMap<>(Field.class);
		Set<String> labels = profile.allLabels();
		for (int row : sheet.rowIndices()) {
			if (row < block.firstRow()) {
				continue;
			}
			if (row > block.lastRow() || (stopRow >= 0 && row >= stopRow)) {
				break;
			}
			for (GridCell cell : sheet.row(row)) {
				if (!cell.isText()) {
					continue;
				}
				Field field = profile.formLabels().get(Labels.canonical(cell.text()));
				if (field != null && !found.containsKey(field)) {
					GridCell value = sheet.valueRightOf(row, cell.col())
						.filter(v -> !isLabelWithValue(sheet, v, labels))
						.orElse(null);
					found.put(field, new LabelledValue(cell, value));
				}
			}
		}
		return found;
	}

	/**
	 * A label text followed by a value is the next label of the row (担当課 left empty before 関係課); a label text
	 * at the end of the row is a value (所管課 「関係課」).
	 */
	private static boolean isLabelWithValue(SheetGrid sheet, GridCell candidate, Set<String> labels) {
		return candidate.isText() && labels.contains(Labels.canonical(candidate.text()))
				&& sheet.valueRightOf(candidate.row(), candidate.col()).isPresent();
	}

}
