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

	public String canonical(String label) {
		if (label == null) {
			return "";
		}
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
		return NO.matcher(s).replaceAll("No.");
	}
}
