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

	static Map<Field, LabelledValue> read(SheetGrid sheet, int stopRow) {
		Map<Field, LabelledValue> found = new EnumMap<>(Field.class);
		for (int row : sheet.rowIndices()) {
			if (stopRow >= 0 && row >= stopRow) {
				break;
			}
			for (GridCell cell : sheet.texts(row)) {
				Optional<Field> field = StandardLayout.formLabel(cell.text());
				if (field.isPresent() && !found.containsKey(field.get())) {
					GridCell value = sheet.valueRightOf(row, cell.col()).orElse(null);
					found.put(field.get(), new LabelledValue(cell, value));
				}
			}
		}
		return found;
	}

}
