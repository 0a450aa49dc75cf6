package jp.reform.survey.survey;

import java.math.BigDecimal;

import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.SheetGrid;

/** Builds neutral grids by hand, so the survey package is tested without any spreadsheet file. */
final class Grids {

	private final SheetGrid sheet;

	private Grids(String name, boolean hidden) {
		this.sheet = new SheetGrid(name, hidden);
	}

	static Grids sheet(String name) {
		return new Grids(name, false);
	}

	static Grids hiddenSheet(String name) {
		return new Grids(name, true);
	}

	/** Puts values from column {@code firstCol} on: String as text, Number as a numeric cell, null skipped. */
	Grids row(int row, int firstCol, Object... values) {
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			if (v instanceof String s) {
				sheet.put(new GridCell(row, firstCol + i, s, null, null, "General", null, false));
			}
			else if (v instanceof Number n) {
				sheet.put(new GridCell(row, firstCol + i, null, new BigDecimal(n.toString()), null, "#,##0", null, false));
			}
		}
		return this;
	}

	Grids error(int row, int col, String error) {
		sheet.put(new GridCell(row, col, null, null, null, "General", error, true));
		return this;
	}

	SheetGrid build() {
		return sheet;
	}

}
