package jp.reform.survey.normalize;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/** Text clean-up shared by the normalizers. NFKC does not touch the dash family, △, ↓ or 〃. */
final class CellText {

	/** Characters that, standing alone, mean "nothing entered" (after NFKC, so － is already -). */
	static final String DASHES = "-−‐‑‒–—―ー─━";

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");
	private static final Pattern ONLY_DASHES = Pattern.compile("[" + DASHES + "]+");
	private static final Pattern DIGITS_APART = Pattern.compile("\\d[\\s\\p{Z}]+\\d");
	private static final Pattern SAME_AS_ABOVE = Pattern.compile("[↓〃]+|同上");
	private static final Set<String> NO_VALUE_WORDS = Set.of("該当なし", "該当無し", "なし", "無し");

	private CellText() {
	}

	static String nfkc(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC);
	}

	/** NFKC with every space, full-width space and line break removed. */
	static String compact(String text) {
		return WHITESPACE.matcher(nfkc(text)).replaceAll("");
	}

	/** NFKC, whitespace runs collapsed; a space survives only between two ASCII letters/digits. */
	static String name(String text) {
		String s = WHITESPACE.matcher(nfkc(text)).replaceAll(" ").strip();
		return s.replaceAll("(?<![A-Za-z0-9]) | (?![A-Za-z0-9])", "");
	}

	/** The cell text as quoted in a message: trimmed, line breaks shown as spaces. */
	static String forMessage(String text) {
		return text == null ? "" : text.strip().replaceAll("\\R+", " ");
	}

	static boolean hasWhitespaceBetweenDigits(String text) {
		return DIGITS_APART.matcher(nfkc(text)).find();
	}

	/** For compacted text: blank, a run of dashes, or a word such as 該当なし. */
	static boolean isNoValue(String compact) {
		return compact.isEmpty() || ONLY_DASHES.matcher(compact).matches() || NO_VALUE_WORDS.contains(compact);
	}

	static boolean isSameAsAbove(String compact) {
		return SAME_AS_ABOVE.matcher(compact).matches();
	}

	/** Excel's text prefix apostrophe sometimes leaks into exported values. */
	static String withoutLeadingApostrophe(String compact) {
		return compact.startsWith("'") || compact.startsWith("’") ? compact.substring(1) : compact;
	}
}
