package jp.reform.survey.vocabulary;

/**
 * Something a department should know about its workbook, at a cell where there is one.
 *
 * @param sheet sheet name, or null for the file as a whole
 * @param cell A1 reference, or null when the finding is about a sheet or the file
 * @param message what is wrong (Japanese)
 * @param expected what was expected (Japanese), or null
 */
public record Finding(Severity severity, String sheet, String cell, String message, String expected) {

	public static Finding error(String sheet, String cell, String message, String expected) {
		return new Finding(Severity.ERROR, sheet, cell, message, expected);
	}

	public static Finding warning(String sheet, String cell, String message) {
		return new Finding(Severity.WARNING, sheet, cell, message, null);
	}

	public static Finding note(String sheet, String message) {
		return new Finding(Severity.NOTE, sheet, null, message, null);
	}

}
