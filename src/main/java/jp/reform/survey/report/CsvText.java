package jp.reform.survey.report;

/**
 * CSV fields that Excel opens safely: quoted when needed, and text starting with = + - @ (or a tab
 * or CR) prefixed with an apostrophe so it is never run as a formula (OWASP CSV injection, see
 * {@link SpreadsheetText}).
 * Numbers are written by the caller as plain numbers and never pass through {@link #text}.
 */
final class CsvText {

	private CsvText() {
	}

	static String text(String value) {
		if (value == null) {
			return "";
		}
		String safe = SpreadsheetText.neutralize(value);
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	static String number(java.math.BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

}
