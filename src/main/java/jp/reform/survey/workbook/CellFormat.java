package jp.reform.survey.workbook;

/**
 * The number format of one cell style, resolved once per workbook rather than per cell.
 *
 * @param index the format id as POI reports it (a short, so ids above 32767 wrap as in POI)
 * @param code the format string, or null when neither the workbook nor Excel's built-ins define it
 * @param date whether numbers in this format are dates (including Japanese era formats)
 */
record CellFormat(short index, String code, boolean date) {

	static CellFormat of(short index, String code) {
		return new CellFormat(index, code, CellDates.isDateFormat(index, code));
	}

}
