package jp.reform.survey.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

	/** A new CSV file for Excel: UTF-8 with a BOM, the header row written; rows end in CR LF. */
	static Writer create(Path file, String header) throws IOException {
		Files.createDirectories(file.getParent());
		Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		try {
			out.write('\uFEFF');
			out.write(header + "\r\n");
			return out;
		}
		catch (IOException ex) {
			out.close();
			throw ex;
		}
	}

}
