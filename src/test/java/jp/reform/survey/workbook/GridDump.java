package jp.reform.survey.workbook;

import java.util.ArrayList;
import java.util.List;

/** A workbook grid as comparable lines: sheets, visibility, merged ranges and every cell with all its fields. */
final class GridDump {

	private GridDump() {
	}

	static List<String> of(WorkbookGrid grid) {
		List<String> lines = new ArrayList<>();
		lines.add("file " + grid.fileName() + " modified " + grid.modified());
		for (SheetGrid sheet : grid.sheets()) {
			lines.add("sheet " + sheet.name() + " hidden=" + sheet.hidden() + " rows=" + sheet.rowIndices()
					+ " last=" + sheet.lastRow() + " empty=" + sheet.isEmpty());
			sheet.merged().forEach(m -> lines.add("  merged " + m));
			sheet.allCells().forEach(c -> lines.add("  " + c));
			for (int row : sheet.rowIndices()) {
				lines.add("  row " + row + " " + sheet.row(row).stream().map(GridCell::ref).toList() + " texts "
						+ sheet.texts(row).stream().map(GridCell::ref).toList());
			}
		}
		return lines;
	}

}
