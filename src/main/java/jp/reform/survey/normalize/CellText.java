package jp.reform.survey.normalize;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text clean-up shared by the normalizers. NFKC does not touch the dash family, △, ↓ or 〃.
 *
 * <p>Every cell read passes through here, so each rule first takes a cheap look at the text and
 * skips the work (NFKC, a regex) when it cannot change anything; the results are the same.
 */
final class CellText {

	/** Characters that, standing alone, mean "nothing entered" (after NFKC, so － is already -). */
	static final String DASHES = "-−‐‑‒–—―ー─━";

	private static final Pattern DIGITS_APART = Pattern.compile("\\d[\\s\\p{Z}]+\\d");
	private static final Pattern SPACE_NOT_BETWEEN_ALNUM = Pattern.compile("(?<![A-Za-z0-9]) | (?![A-Za-z0-9])");
	private static final Pattern LINE_BREAKS = Pattern.compile("\\R+");
	private static final String SAME_AS_ABOVE_MARKS = "↓〃";
	private static final Set<String> NO_VALUE_WORDS = Set.of("該当なし", "該当無し", "なし", "無し");

	private CellText() {
	}

	static String nfkc(String text) {
		if (text == null) {
			return "";
		}
		String simple = simpleNfkc(text);
		return simple != null ? simple : Normalizer.normalize(text, Normalizer.Form.NFKC);
	}

	/**
	 * NFKC of text made only of characters it leaves alone ({@link #isNfkcStable(char)}), full-width
	 * ASCII (Ａ１（ → A1() and the ideographic space, which NFKC maps one to one onto ASCII: most cell
	 * text is only these, and NFKC itself is comparatively slow. Null for any other text.
	 */
	static String simpleNfkc(String text) {
		char[] mapped = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isNfkcStable(c)) {
				if (mapped != null) {
					mapped[i] = c;
				}
				continue;
			}
			char ascii = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : 0;
			if (ascii == 0) {
				return null;
			}
			if (mapped == null) {
				mapped = new char[text.length()];
				text.getChars(0, i, mapped, 0);
			}
			mapped[i] = ascii;
		}
		return mapped == null ? text : new String(mapped);
	}

	/** NFKC with every space, full-width space and line break removed. */
	static String compact(String text) {
		return withoutWhitespace(nfkc(text));
	}

	/** NFKC, whitespace runs collapsed; a space survives only between two ASCII letters/digits. */
	static String name(String text) {
		String s = collapseWhitespace(nfkc(text)).strip();
		return s.indexOf(' ') < 0 ? s : SPACE_NOT_BETWEEN_ALNUM.matcher(s).replaceAll("");
	}

	/** The cell text as quoted in a message: trimmed, line breaks shown as spaces. */
	static String forMessage(String text) {
		if (text == null) {
			return "";
		}
		String s = text.strip();
		return hasLineBreak(s) ? LINE_BREAKS.matcher(s).replaceAll(" ") : s;
	}

	static boolean hasWhitespaceBetweenDigits(String text) {
		String s = nfkc(text);
		for (int i = 0; i < s.length(); i++) {
			if (isSpace(s.charAt(i))) {
				return DIGITS_APART.matcher(s).find();
			}
		}
		return false;
	}

	/** For compacted text: blank, a run of dashes, or a word such as 該当なし. */
	static boolean isNoValue(String compact) {
		return compact.isEmpty() || allOf(compact, DASHES) || NO_VALUE_WORDS.contains(compact);
	}

	/** ↓ or 〃 (repeated or not), or 同上. */
	static boolean isSameAsAbove(String compact) {
		return (!compact.isEmpty() && allOf(compact, SAME_AS_ABOVE_MARKS)) || compact.equals("同上");
	}

	/** Excel's text prefix apostrophe sometimes leaks into exported values. */
	static String withoutLeadingApostrophe(String compact) {
		return compact.startsWith("'") || compact.startsWith("’") ? compact.substring(1) : compact;
	}

	/**
	 * A character NFKC never changes and that never combines with the one before it: ASCII, kanji,
	 * kana and a few common signs.
	 */
	static boolean isNfkcStable(char c) {
		return c < 0x80 // ASCII
				|| (c >= 0x4E00 && c <= 0x9FFF) // CJK unified ideographs
				|| (c >= 0x3041 && c <= 0x3096) // hiragana (not the combining or spacing voice marks)
				|| (c >= 0x30A1 && c <= 0x30FC) // katakana, ・ and ー
				|| (c >= 0x3001 && c <= 0x3003) // 、。〃
				|| (c >= 0x3008 && c <= 0x3011) // 〈〉《》「」『』【】
				|| (c >= 0x2190 && c <= 0x2193) // ←↑→↓
				|| c == 0x2014 || c == 0x2015 || c == 0x2212 // — ― −
				|| c == 0x25B2 || c == 0x25B3 || c == 0x25CB || c == 0x25CF; // ▲△○●
	}

	/** {@code [\s\p{Z}\u200B\uFEFF]}: what {@link #compact} removes. */
	private static boolean isWhitespace(char c) {
		return isSpace(c) || c == '\u200B' || c == '\uFEFF';
	}

	/** {@code [\s\p{Z}]}. */
	static boolean isSpace(char c) {
		return c == ' ' || (c >= '\t' && c <= '\r') || Character.isSpaceChar(c);
	}

	/** {@code [\s\p{Z}\u200B\uFEFF]+} removed. */
	static String withoutWhitespace(String s) {
		StringBuilder out = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (isWhitespace(c)) {
				if (out == null) {
					out = new StringBuilder(s.length()).append(s, 0, i);
				}
			}
			else if (out != null) {
				out.append(c);
			}
		}
		return out == null ? s : out.toString();
	}

	/** Every run of whitespace as one space. */
	private static String collapseWhitespace(String s) {
		StringBuilder out = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!isWhitespace(c)) {
				if (out != null) {
					out.append(c);
				}
				continue;
			}
			if (out == null) {
				out = new StringBuilder(s.length()).append(s, 0, i);
			}
			if (i == 0 || !isWhitespace(s.charAt(i - 1))) {
				out.append(' ');
			}
		}
		return out == null ? s : out.toString();
	}

	/** {@code \R}: a line break of any kind. */
	private static boolean hasLineBreak(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
				return true;
			}
		}
		return false;
	}

	/** Non-empty text of only the given characters. */
	private static boolean allOf(String s, String chars) {
		for (int i = 0; i < s.length(); i++) {
			if (chars.indexOf(s.charAt(i)) < 0) {
				return false;
			}
		}
		return !s.isEmpty();
	}
}
