package jp.reform.survey.workbook;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One non-empty cell of a sheet, independent of POI. Exactly one of {@code text}, {@code number},
 * {@code error} describes the content; a number may also carry a date reading when its format is a
 * date format (including Japanese era formats POI does not recognise).
 *
 * @param row zero-based row index
 * @param col zero-based column index
 * @param text string content (trimmed of nothing: callers decide), or null for numbers/errors
 * @param number exact stored numeric value (from the cached value for formulas), or null
 * @param date the number read as a date where the cell's format is a date format, else null
 * @param formatString the cell's number format, for diagnostics
 * @param error the Excel error text (#DIV/0!, #REF!, ...) or null
 * @param formula whether the cell holds a formula (its cached value is what we see)
 */
public record GridCell(int row, int col, String text, BigDecimal number, LocalDateTime date, String formatString,
		String error, boolean formula) {

	public String ref() {
		return CellRefs.a1(row, col);
	}

	public boolean isText() {
		return text != null;
	}

	public boolean isNumber() {
		return number != null;
	}

	public boolean isError() {
		return error != null;
	}

	/** Text as a person reads it: the string, or the plain number, or the error code. */
	public String display() {
		if (text != null) {
			return text;
		}
		if (number != null) {
			return number.toPlainString();
		}
		return error == null ? "" : error;
	}

	public boolean isBlank() {
		return error == null && number == null && (text == null || text.isBlank());
	}

}
