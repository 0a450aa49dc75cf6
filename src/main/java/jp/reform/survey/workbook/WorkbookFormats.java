package jp.reform.survey.workbook;

import java.util.List;

/**
 * The cell formats of one workbook by style index (cellXfs), and its date system. A style index
 * outside the table means "no style", as POI has it.
 */
final class WorkbookFormats {

	private final CellFormat[] formats;

	private final boolean date1904;

	WorkbookFormats(List<CellFormat> formats, boolean date1904) {
		this.formats = formats.toArray(CellFormat[]::new);
		this.date1904 = date1904;
	}

	CellFormat at(int style) {
		return style < 0 || style >= formats.length ? null : formats[style];
	}

	int size() {
		return formats.length;
	}

	boolean date1904() {
		return date1904;
	}

}
