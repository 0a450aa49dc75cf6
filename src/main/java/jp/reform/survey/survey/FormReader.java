package jp.reform.survey.survey;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.SheetGrid;

/**
 * Finds the label → value pairs of an item sheet wherever they sit: a label in one cell, its value
 * the next non-empty cell to the right (past the label's merged range). The topmost occurrence of
 * a label wins; rows from {@code stopRow} down (the year table) are not searched.
 */
final class FormReader {

	record LabelledValue(GridCell label, GridCell value) {
	}

	private FormReader() {
	}

	static Map<Field, LabelledValue> read(SheetGrid sheet, int stopRow, SheetLabels labels) {
		Map<Field, LabelledValue> found = new EnumMap<>(Field.class);
		for (SheetLabels.Label label : labels.all()) {
			if (stopRow >= 0 && label.row() >= stopRow) {
				break;
			}
			Optional<Field> field = StandardLayout.formField(label.canonical());
			if (field.isPresent() && !found.containsKey(field.get())) {
				GridCell value = sheet.valueRightOf(label.row(), label.cell().col()).orElse(null);
				found.put(field.get(), new LabelledValue(label.cell(), value));
			}
		}
		return found;
	}

}
