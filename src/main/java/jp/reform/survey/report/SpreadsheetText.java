package jp.reform.survey.report;

import java.util.regex.Pattern;

/**
 * Department text that a colleague will open in Excel, made inert (OWASP CSV injection): text
 * starting with = + - @ or a tab/CR gets a leading apostrophe, so Excel shows it as text instead of
 * running it as a formula, in a CSV as in an xlsx cell that someone edits or saves as CSV again.
 * A plain number written as text ("-395", "+1.5") is left alone: Excel reads it as that number,
 * which is harmless and what the department meant.
 */
public final class SpreadsheetText {

	private static final String TRIGGERS = "=+-@\t\r";

	private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

	private SpreadsheetText() {
	}

	public static String neutralize(String value) {
		if (value == null || value.isEmpty() || TRIGGERS.indexOf(value.charAt(0)) < 0
				|| PLAIN_NUMBER.matcher(value).matches()) {
			return value;
		}
		return "'" + value;
	}

}
