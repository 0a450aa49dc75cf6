package jp.reform.survey.survey;

import java.util.TreeMap;
import java.util.Map;

import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.SheetGrid;
import jp.reform.survey.vocabulary.Field;

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
	static Map<Field, LabelledValue> read(SheetLabels labels, LayoutProfile profile, ItemBlock block, int stopRow) {
		SheetGrid sheet = labels.sheet();
		Map<Field, LabelledValue> found = new TreeMap<>(Field.ORDER);
		for (SheetLabels.Row labelRow : labels.rows()) {
			int row = labelRow.row();
			if (row < block.firstRow()) {
				continue;
			}
			if (row > block.lastRow() || (stopRow >= 0 && row >= stopRow)) {
				break;
			}
			for (SheetLabels.Label label : labelRow.labels()) {
				Field field = profile.formLabels().get(label.canonical());
				if (field != null && !found.containsKey(field)) {
					GridCell value = sheet.valueRightOf(row, label.cell().col())
						.filter(v -> !isLabelWithValue(labels, v, profile))
						.orElse(null);
					found.put(field, new LabelledValue(label.cell(), value));
				}
			}
		}
		return found;
	}

	/**
	 * A label text followed by a value is the next label of the row (担当課 left empty before 関係課); a label text
	 * at the end of the row is a value (所管課 「関係課」).
	 */
	private static boolean isLabelWithValue(SheetLabels labels, GridCell candidate, LayoutProfile profile) {
		return candidate.isText() && profile.isLabel(labels.canonicalAt(candidate))
				&& labels.sheet().valueRightOf(candidate.row(), candidate.col()).isPresent();
	}

}
