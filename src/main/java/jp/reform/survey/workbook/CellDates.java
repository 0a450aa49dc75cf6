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

	static boolean isDate(int formatIndex, String formatString, double value) {
		return DateUtil.isValidExcelDate(value) && isDateFormat(formatIndex, formatString);
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
