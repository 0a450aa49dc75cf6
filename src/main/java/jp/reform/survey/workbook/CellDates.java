package jp.reform.survey.workbook;

import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Decides whether a numeric cell is a date. POI misses Japanese era formats ({@code [$-411]ggge"年"},
 * built-in ids 27–36 and 50–58), so those are recognised here from the format itself. The format
 * test is split from the value test so that a streaming reader can decide it once per style.
 */
final class CellDates {

	/** Era tokens are lower-case g and e: 「General」 must not read as 「ge」. */
	private static final Pattern ERA_FORMAT = Pattern.compile("\\[\\$-(?i:411|ja-jp)[^]]*]|g+e");

	private CellDates() {
	}

	/** Excel's last date, 9999-12-31, as a serial number. */
	private static final double LAST_EXCEL_DATE = 2958465;

	static boolean isDate(int formatIndex, String formatString, double value) {
		return isExcelDate(value) && isDateFormat(formatIndex, formatString);
	}

	/**
	 * Whether Excel shows the value as a date: from 1900-01-00 to 9999-12-31 (Excel shows ##### beyond).
	 * POI's test admits any positive value and turns 1E+26 into a date 1.3 million years BC.
	 */
	static boolean isExcelDate(double value) {
		return DateUtil.isValidExcelDate(value) && value < LAST_EXCEL_DATE + 1;
	}

	static boolean isDateFormat(int formatIndex, String formatString) {
		if ((formatIndex >= 27 && formatIndex <= 36) || (formatIndex >= 50 && formatIndex <= 58)) {
			return true;
		}
		// "General" contains "Ge", which the era pattern would otherwise take for an era token.
		if (formatString == null || formatString.equalsIgnoreCase("General")) {
			return false;
		}
		String unquoted = stripQuoted(formatString);
		// POI rejects yyyy"年度" (度 is not among the literal characters it allows), so also ask without the quoted text
		if (DateUtil.isADateFormat(formatIndex, formatString) || DateUtil.isADateFormat(formatIndex, unquoted)) {
			return true;
		}
		return ERA_FORMAT.matcher(unquoted).find();
	}

	private static String stripQuoted(String format) {
		return format.replaceAll("\"[^\"]*\"", "");
	}

}
