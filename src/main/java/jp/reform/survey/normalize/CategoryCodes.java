package jp.reform.survey.normalize;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits 大分類 / 中分類 cells into code and name. Whether the text starts with a code is decided
 * on the raw text first, because NFKC turns Ⅱ into II and ① into 1. Stateless.
 */
public final class CategoryCodes {

	/** Roman letters count as a code only when no Latin letter or digit follows (IoT推進 is a name). */
	private static final Pattern LETTER_MAJOR = Pattern.compile("^([IVXivx]+)(?![A-Za-z0-9])(.*)$", Pattern.DOTALL);
	/** Annaka writes its 方針 as 「１　市民ニーズの把握と協働」: digits, then a separator. */
	private static final Pattern DIGIT_MAJOR = Pattern.compile("^(\\d{1,2})[\\s.:、]+(.*)$", Pattern.DOTALL);
	private static final Pattern PAREN_MINOR = Pattern.compile("^\\((\\d{1,3})\\)(.*)$", Pattern.DOTALL);
	private static final Pattern DIGIT_MINOR = Pattern.compile("^(\\d{1,3})[\\s.:、)]+(.*)$", Pattern.DOTALL);
	private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s.:、・)]+");
	/** What {@link #LEADING_SEPARATORS} can start with (its whitespace class is ASCII only). */
	private static final String LEADING_SEPARATOR_CHARS = " \t\n\u000B\f\r.:、・)";

	/**
	 * 「Ⅲ 持続可能で健全な財政基盤の確立」「III　…」→ (3, Ⅲ, 持続可能で…), 「１　市民ニーズ…」, 「(2) 情報・デジタル化」;
	 * empty when no code leads.
	 */
	public Optional<CategoryCode> splitMajor(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String raw = text.strip();
		int n = RomanNumerals.ofCharacter(raw.charAt(0));
		if (n > 0) {
			return Optional.of(new CategoryCode(n, RomanNumerals.display(n), name(raw.substring(1))));
		}
		String s = CellText.nfkc(raw);
		Matcher letters = LETTER_MAJOR.matcher(s);
		if (letters.matches()) {
			n = RomanNumerals.ofLetters(letters.group(1));
			if (n > 0) {
				return Optional.of(new CategoryCode(n, RomanNumerals.display(n), name(letters.group(2))));
			}
		}
		Matcher digits = DIGIT_MAJOR.matcher(s);
		if (digits.matches() && Integer.parseInt(digits.group(1)) > 0) {
			n = Integer.parseInt(digits.group(1));
			return Optional.of(new CategoryCode(n, Integer.toString(n), name(digits.group(2))));
		}
		// 「(2) 情報・デジタル化」: Iizuka's vision numbers its 分野 in brackets
		Matcher bracketed = PAREN_MINOR.matcher(s);
		if (bracketed.matches() && Integer.parseInt(bracketed.group(1)) > 0 && !name(bracketed.group(2)).isEmpty()) {
			n = Integer.parseInt(bracketed.group(1));
			return Optional.of(new CategoryCode(n, "(" + n + ")", name(bracketed.group(2))));
		}
		return Optional.empty();
	}

	/** 「② 歳入歳出の適正化の推進」「(2) …」「2. …」→ (2, ②, 歳入歳出の適正化の推進). */
	public Optional<CategoryCode> splitMinor(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String raw = text.strip();
		int n = circled(raw.charAt(0));
		if (n > 0) {
			return Optional.of(minor(n, raw.substring(1)));
		}
		String s = CellText.nfkc(raw);
		Matcher m = PAREN_MINOR.matcher(s);
		if (!m.matches()) {
			m = DIGIT_MINOR.matcher(s);
		}
		if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
			return Optional.of(minor(Integer.parseInt(m.group(1)), m.group(2)));
		}
		return Optional.empty();
	}

	/** ①–⑳ as circled numbers (the plan's own form); beyond 20 as (21). */
	static String minorCode(int n) {
		return n <= 20 ? String.valueOf((char) ('①' + n - 1)) : "(" + n + ")";
	}

	private static CategoryCode minor(int n, String rest) {
		return new CategoryCode(n, minorCode(n), name(rest));
	}

	/**
	 * Circled ①–㊿, parenthesised ⑴–⒇ and ⒈–⒛ numbers, and the dingbat circles ➀–➉ ❶–❿ ➊–➓ that fonts
	 * offer beside them (Annaka prints 「➄財務諸表の活用」); 0 for any other character.
	 */
	static int circled(char c) {
		if (c >= '➀' && c <= '➉') {
			return c - '➀' + 1;
		}
		if (c >= '❶' && c <= '❿') {
			return c - '❶' + 1;
		}
		if (c >= '➊' && c <= '➓') {
			return c - '➊' + 1;
		}
		if (c >= '①' && c <= '⑳') {
			return c - '①' + 1;
		}
		if (c >= '㉑' && c <= '㉟') {
			return c - '㉑' + 21;
		}
		if (c >= '㊱' && c <= '㊿') {
			return c - '㊱' + 36;
		}
		if (c >= '⑴' && c <= '⒇') {
			return c - '⑴' + 1;
		}
		if (c >= '⒈' && c <= '⒛') {
			return c - '⒈' + 1;
		}
		return 0;
	}

	private static String name(String rest) {
		String name = CellText.name(rest);
		return name.isEmpty() || LEADING_SEPARATOR_CHARS.indexOf(name.charAt(0)) < 0 ? name
				: LEADING_SEPARATORS.matcher(name).replaceFirst("");
	}
}
