package jp.reform.survey.normalize;

import java.util.Optional;

/** Splits a period into its two ends on から…まで, ～/〜, or a single dash (2024-04-01 is a date). */
final class YearRangeText {

	private YearRangeText() {
	}

	/** Works on compacted text; empty when the text has no unambiguous range separator. */
	static Optional<String[]> split(String s) {
		int from = s.indexOf("から");
		if (from >= 0) {
			return Optional.of(sides(s, from, 2));
		}
		Optional<String[]> tilde = splitOnOnly(s, "~〜");
		return tilde.isPresent() ? tilde : splitOnOnly(s, CellText.DASHES);
	}

	private static Optional<String[]> splitOnOnly(String s, String separators) {
		int at = -1;
		for (int i = 0; i < s.length(); i++) {
			if (separators.indexOf(s.charAt(i)) >= 0) {
				if (at >= 0) {
					return Optional.empty();
				}
				at = i;
			}
		}
		return at < 0 ? Optional.empty() : Optional.of(sides(s, at, 1));
	}

	private static String[] sides(String s, int at, int separatorLength) {
		String right = s.substring(at + separatorLength);
		if (right.endsWith("まで")) {
			right = right.substring(0, right.length() - 2);
		}
		return new String[] { s.substring(0, at), right };
	}
}
