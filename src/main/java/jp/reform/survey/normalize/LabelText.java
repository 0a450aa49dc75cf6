package jp.reform.survey.normalize;

import java.util.regex.Pattern;

/**
 * Form labels in a canonical form for matching: 「目 標：」→「目標」, 「１．計画名」→「計画名」,
 * 「効果額（千円）」→「効果額」. 「No.」 in any width or case (ｎｏ, Ｎｏ．, №) becomes 「No.」 and is
 * never taken for numbering. Stateless.
 */
public final class LabelText {

	/** Circled or parenthesised numbers, removed before NFKC would turn ① into a bare 1. */
	private static final Pattern LEADING_CIRCLED = Pattern.compile("^[\\s\\p{Z}]*[①-⑳㉑-㉟㊱-㊿⑴-⒇⒈-⒛❶-❿➀-➓]");
	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");
	private static final Pattern LEADING_NUMBERING = Pattern.compile(
			"^(\\(\\d{1,3}\\)|\\d{1,3}[.)、:]|\\d{1,3}\\s+)");
	/** A bracketed unit or note after the label text (a label that is all brackets is kept). */
	private static final Pattern TRAILING_NOTE = Pattern.compile("(?<=.)[(\\[【〔<][^()\\[\\]【】〔〕<>]*[)\\]】〕>]$");
	private static final Pattern EDGE_COLONS = Pattern.compile("^:+|:+$");
	private static final Pattern NO = Pattern.compile("(?<![A-Za-z])[Nn][Oo]\\.?(?![A-Za-z])");
	/** A heading wholly in lenticular brackets (【現状と課題】) is the label inside them. */
	private static final Pattern HEADING = Pattern.compile("^【([^【】]+)】\\z");
	private static final String OPENING = "([【〔<";
	private static final String CLOSING = ")]】〕>";

	public String canonical(String label) {
		if (label == null) {
			return "";
		}
		String fast = plainCanonical(label);
		return fast != null ? fast : guardedRules(label);
	}

	/**
	 * The rules below, each applied only when a cheap look at the text shows it can match: the same
	 * result (every skipped pattern would have been a no-op) at a fraction of the cost, which counts
	 * because every text cell of a sheet is looked at as a possible label.
	 */
	private static String guardedRules(String label) {
		String s = CellText.nfkc(hasCircled(label) ? withoutLeadingCircled(label) : label).strip();
		if (!s.isEmpty() && (s.charAt(0) == '(' || (s.charAt(0) >= '0' && s.charAt(0) <= '9'))) {
			s = LEADING_NUMBERING.matcher(s).replaceFirst("");
		}
		s = CellText.withoutWhitespace(s);
		// a NEL left at the end would make the patterns' $ match before it: only the regexes get that right
		boolean nel = s.indexOf('\u0085') >= 0;
		while (hasEdgeColonOrNote(s)) {
			String previous = s;
			s = nel ? EDGE_COLONS.matcher(s).replaceAll("") : withoutEdgeColons(s);
			s = nel ? TRAILING_NOTE.matcher(s).replaceFirst("") : withoutTrailingNote(s);
			if (s.equals(previous)) {
				break;
			}
		}
		s = withoutHeadingBrackets(s);
		return s.indexOf('N') >= 0 || s.indexOf('n') >= 0 ? NO.matcher(s).replaceAll("No.") : s;
	}

	/** {@link #HEADING} unwrapped, without a regex. */
	private static String withoutHeadingBrackets(String s) {
		int last = s.length() - 1;
		if (last < 2 || s.charAt(0) != '【' || s.charAt(last) != '】') {
			return s;
		}
		for (int i = 1; i < last; i++) {
			if (s.charAt(i) == '【' || s.charAt(i) == '】') {
				return s;
			}
		}
		return s.substring(1, last);
	}

	/** {@link #LEADING_CIRCLED} removed: spaces, then one circled number. */
	private static String withoutLeadingCircled(String s) {
		int i = 0;
		while (i < s.length() && CellText.isSpace(s.charAt(i))) {
			i++;
		}
		return i < s.length() && isCircled(s.charAt(i)) ? s.substring(i + 1) : s;
	}

	/** {@link #EDGE_COLONS} removed, for text without line terminators. */
	private static String withoutEdgeColons(String s) {
		int from = 0;
		int to = s.length();
		while (from < to && s.charAt(from) == ':') {
			from++;
		}
		while (to > from && s.charAt(to - 1) == ':') {
			to--;
		}
		return s.substring(from, to);
	}

	/**
	 * {@link #TRAILING_NOTE} removed, for text without line terminators: a closing bracket at the end,
	 * the nearest bracket before it an opening one, and something before that.
	 */
	private static String withoutTrailingNote(String s) {
		int last = s.length() - 1;
		if (last < 0 || CLOSING.indexOf(s.charAt(last)) < 0) {
			return s;
		}
		for (int i = last - 1; i >= 0; i--) {
			char c = s.charAt(i);
			if (OPENING.indexOf(c) >= 0) {
				return i > 0 ? s.substring(0, i) : s;
			}
			if (CLOSING.indexOf(c) >= 0) {
				return s;
			}
		}
		return s;
	}

	private static boolean hasCircled(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (isCircled(s.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** A character of {@link #LEADING_CIRCLED}'s class. */
	private static boolean isCircled(char c) {
		return (c >= '①' && c <= '⒛') || (c >= '㉑' && c <= '㉟') || (c >= '㊱' && c <= '㊿') || (c >= '❶' && c <= '➓');
	}

	private static boolean hasEdgeColonOrNote(String s) {
		if (s.isEmpty()) {
			return false;
		}
		char last = s.charAt(s.length() - 1);
		return s.charAt(0) == ':' || last == ':' || last == ')' || last == ']' || last == '】' || last == '〕'
				|| last == '>';
	}

	/** The full rules, whatever the text: the reference the shortcuts are tested against. */
	String canonicalByRules(String label) {
		String s = CellText.nfkc(LEADING_CIRCLED.matcher(label).replaceFirst("")).strip();
		s = LEADING_NUMBERING.matcher(s).replaceFirst("");
		s = WHITESPACE.matcher(s).replaceAll("");
		String previous;
		do {
			previous = s;
			s = EDGE_COLONS.matcher(s).replaceAll("");
			s = TRAILING_NOTE.matcher(s).replaceFirst("");
		}
		while (!s.equals(previous));
		s = HEADING.matcher(s).replaceFirst("$1");
		return NO.matcher(s).replaceAll("No.");
	}

	/**
	 * The canonical form without NFKC and regexes, for the common case that needs neither: text of
	 * kanji, kana and plain ASCII letters and digits, with at most spaces and line breaks to drop.
	 * Every pattern above is then a no-op (nothing NFKC changes, no brackets, colons, circled or
	 * leading numbers, no "No"), so this gives the same result — it only spares the regexes on the
	 * hundreds of thousands of data cells a large sheet has. Returns null when the full path is needed.
	 */
	static String plainCanonical(String label) {
		StringBuilder out = null;
		int n = label.length();
		for (int i = 0; i < n; i++) {
			char c = label.charAt(i);
			if (c == ' ' || c == '\u3000' || c == '\n' || c == '\r' || c == '\t') {
				if (out == null) {
					out = new StringBuilder(n).append(label, 0, i);
				}
				continue;
			}
			if (!plain(c)) {
				return null;
			}
			if (out != null) {
				out.append(c);
			}
		}
		String s = out == null ? label : out.toString();
		if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
			return null; // leading numbering such as "1 計画名" needs the full rules
		}
		return s;
	}

	/** Characters NFKC leaves alone and none of the label patterns looks at. */
	private static boolean plain(char c) {
		if (c < 0x80) {
			return (c >= 'a' && c <= 'z' && c != 'n') || (c >= 'A' && c <= 'Z' && c != 'N') || (c >= '0' && c <= '9')
					|| c == '-' || c == '/' || c == '%' || c == '+' || c == ',' || c == '&' || c == '*' || c == '_'
					|| c == '#' || c == '=';
		}
		return (c >= 0x4E00 && c <= 0x9FFF) // CJK unified ideographs
				|| (c >= 0x3041 && c <= 0x3096) // hiragana
				|| (c >= 0x30A1 && c <= 0x30FC) // katakana, ・ and ー
				|| c == 0x3001 || c == 0x3002; // 、。
	}

}
