package jp.reform.survey.survey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.SheetGrid;

/**
 * The cells of a sheet that read as a known label (form, year-table or cover label), found in one
 * pass with each text cell put in canonical form once. The form, the year table and the cover are
 * all located from these; on a sheet of 200,000 data rows that is one look at each cell, not three.
 */
final class SheetLabels {

	/** A label cell and its canonical text. */
	record Label(GridCell cell, String canonical) {

		int row() {
			return cell.row();
		}

	}

	private final List<Label> labels;

	private SheetLabels(List<Label> labels) {
		this.labels = labels;
	}

	static SheetLabels of(SheetGrid sheet) {
		List<Label> labels = new ArrayList<>();
		for (int row : sheet.rowIndices()) {
			for (GridCell cell : sheet.texts(row)) {
				String canonical = StandardLayout.canonical(cell.text());
				if (StandardLayout.isLabel(canonical)) {
					labels.add(new Label(cell, canonical));
				}
			}
		}
		return new SheetLabels(labels);
	}

	/** Label cells in sheet order: top to bottom, left to right. */
	List<Label> all() {
		return Collections.unmodifiableList(labels);
	}

}
