package jp.reform.survey.survey;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.MergedRange;
import jp.reform.survey.workbook.SheetGrid;

/**
 * Finds the label → value pairs of an item wherever they sit: a label in one cell, its value the
 * next non-empty cell to the right (past the label's merged range) unless that cell is itself a
 * label with a value (an empty 担当課 before 関係課). A value may instead be in the box under its label:
 * for the fields the profile names in {@code below}, and for a heading merged across several columns
 * with nothing to its right (「【取組内容】」 over the sheet, the text in a merged box under it). The
 * topmost occurrence of a label wins; the rows of the year table and below are not searched.
 */
final class FormReader {

	record LabelledValue(GridCell label, GridCell value) {
	}

	private FormReader() {
	}

	/** @param stopRow first row not searched (the year-table header), or -1 for the block's end */
	static Map<Field, LabelledValue> read(SheetLabels labels, LayoutProfile profile, ItemBlock block, int stopRow) {
		SheetGrid sheet = labels.sheet();
		int lastRow = stopRow >= 0 ? Math.min(block.lastRow(), stopRow - 1) : block.lastRow();
		Map<Field, LabelledValue> found = new TreeMap<>(Field.ORDER);
		Set<String> taken = new HashSet<>();
		for (SheetLabels.Row labelRow : labels.rows()) {
			int row = labelRow.row();
			if (row < block.firstRow()) {
				continue;
			}
			if (row > lastRow) {
				break;
			}
			for (SheetLabels.Label label : labelRow.labels()) {
				Field field = profile.formLabels().get(label.canonical());
				// a cell read as another label's value is a value (所管課 「関係課」), never a label of its own
				if (field != null && !found.containsKey(field) && !taken.contains(label.cell().ref())) {
					GridCell value = value(labels, profile, field, label.cell(), lastRow);
					found.put(field, new LabelledValue(label.cell(), value));
					if (value != null) {
						taken.add(value.ref());
					}
				}
			}
		}
		return found;
	}

	private static GridCell value(SheetLabels labels, LayoutProfile profile, Field field, GridCell label, int lastRow) {
		SheetGrid sheet = labels.sheet();
		if (profile.below().contains(field)) {
			return below(labels, profile, label, lastRow).orElse(null);
		}
		Optional<GridCell> right = sheet.valueRightOf(label.row(), label.col())
			.filter(v -> !isLabelWithValue(labels, v, profile));
		if (right.isPresent() || sheet.valueRightOf(label.row(), label.col()).isPresent()) {
			return right.orElse(null);
		}
		boolean heading = sheet.mergedAt(label.row(), label.col()).map(m -> m.lastCol() > m.firstCol()).orElse(false);
		return heading ? below(labels, profile, label, lastRow).orElse(null) : null;
	}

	/**
	 * The first non-empty cell under a label within its columns (a merged box counts where it overlaps
	 * them), before the next row holding a label of the profile.
	 */
	static Optional<GridCell> below(SheetLabels labels, LayoutProfile profile, GridCell label, int lastRow) {
		SheetGrid sheet = labels.sheet();
		MergedRange own = sheet.mergedAt(label.row(), label.col())
			.orElse(new MergedRange(label.row(), label.row(), label.col(), label.col()));
		for (int r = own.lastRow() + 1; r <= Math.min(lastRow, sheet.lastRow()); r++) {
			GridCell value = null;
			for (GridCell cell : sheet.row(r)) {
				if (cell.isText() && profile.isLabel(labels.canonicalAt(cell))) {
					return Optional.empty(); // the next label: nothing was written under this one
				}
				int last = sheet.mergedAt(r, cell.col()).map(MergedRange::lastCol).orElse(cell.col());
				if (value == null && !cell.isBlank() && cell.col() <= own.lastCol() && last >= own.firstCol()) {
					value = cell;
				}
			}
			if (value != null) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
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
