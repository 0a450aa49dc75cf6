package jp.reform.survey.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one compacted number cell into its parts: signed amount, unit as written, whether the
 * amount is in yen, comparator and approximation. The money rule is applied by {@link Numbers}.
 * One instance reads one cell, left to right: accounting brackets, prefixes, amount, suffixes.
 */
final class NumberText {

	/** {@code multiplied}: the amount used kanji multipliers (5億, 3万), so it is not a bare number. */
	record Reading(BigDecimal value, String unit, boolean yen, boolean multiplied, Comparator comparator,
			boolean approximate, List<String> warnings) {
	}

	private static final String MINUS_SIGNS = "△▲-−‐‑";
	/** Dashes that are not minus signs but get typed as one (katakana ー above all). */
	private static final String MISTYPED_MINUS = "ー―—–";
	private static final List<String> APPROX_PREFIXES = List.of("約", "およそ", "概ね", "ほぼ");
	private static final Map<String, Comparator> PREFIX_COMPARATORS = Map.of(
			">=", Comparator.GE, "<=", Comparator.LE, "≥", Comparator.GE, "≧", Comparator.GE,
			"≤", Comparator.LE, "≦", Comparator.LE, ">", Comparator.GT, "<", Comparator.LT);
	private static final Map<String, Comparator> SUFFIX_COMPARATORS = Map.of(
			"以上", Comparator.GE, "以下", Comparator.LE, "以内", Comparator.LE, "超え", Comparator.GT,
			"超", Comparator.GT, "未満", Comparator.LT);
	private static final Pattern SCIENTIFIC = Pattern.compile("\\d+(\\.\\d+)?[eE][+-]?\\d+");
	private static final Pattern MISPLACED_SEPARATOR = Pattern.compile("^[、.,].*");
	private static final Pattern AMOUNT = Pattern.compile("^[" + KanjiNumerals.AMOUNT_CHARS + "]+");

	private final String original;
	private final List<String> warnings = new ArrayList<>();
	private String rest;
	private boolean negative;
	private boolean approximate;
	private boolean yen;
	private Comparator comparator = Comparator.EQ;

	private NumberText(String compact, String original) {
		this.rest = compact;
		this.original = original;
	}

	static Normalized<Reading> read(String compact, String original) {
		return new NumberText(compact, original).read();
	}

	private Normalized<Reading> read() {
		if (rest.length() > 2 && rest.startsWith("(") && rest.endsWith(")")) {
			rest = rest.substring(1, rest.length() - 1);
			negative = true;
			warnings.add("括弧付きの数をマイナスとして読みました: " + original);
		}
		readPrefixes();
		BigDecimal value;
		boolean multiplied = false;
		if ((rest.indexOf('e') >= 0 || rest.indexOf('E') >= 0) && SCIENTIFIC.matcher(rest).matches()) {
			value = new BigDecimal(rest.toUpperCase());
			rest = "";
		}
		else {
			Matcher amount = AMOUNT.matcher(rest);
			if (!amount.find()) {
				return unreadable();
			}
			Normalized<BigDecimal> parsed = KanjiNumerals.amount(amount.group(), original);
			if (!(parsed instanceof Normalized.Value<BigDecimal> v)) {
				return Normalized.invalid(((Normalized.Invalid<BigDecimal>) parsed).message());
			}
			value = v.value();
			multiplied = KanjiNumerals.hasMultiplier(amount.group());
			rest = rest.substring(amount.end());
			if (!KanjiNumerals.hasAsciiDigit(amount.group()) && !rest.isEmpty() && !rest.startsWith("円")) {
				return unreadable(); // 一部, 十分: kanji that merely look like numerals are words
			}
		}
		if (!readSuffixes()) {
			return Normalized.invalid("比較の書き方が重なっています: " + original);
		}
		if (KanjiNumerals.hasAsciiDigit(rest)) {
			return MISPLACED_SEPARATOR.matcher(rest).matches()
					? Normalized.invalid("桁区切りや小数点の位置が正しくありません: " + original)
					: unreadable();
		}
		String unit = rest.isEmpty() ? null : rest;
		if ("円".equals(unit)) {
			yen = true;
			unit = null;
		}
		else if ("割".equals(unit)) {
			value = value.scaleByPowerOfTen(1);
			unit = Unit.PERCENT.symbol();
		}
		else if ("ポイント".equals(unit) || "pt".equalsIgnoreCase(unit)) {
			unit = Unit.POINT.symbol();
		}
		if (approximate) {
			warnings.add("概数です: " + original);
		}
		return Normalized.value(new Reading(negative ? value.negate() : value, unit, yen, multiplied, comparator,
				approximate, warnings));
	}

	/** 約, ¥, a comparator symbol and one minus sign, in any order. */
	private void readPrefixes() {
		while (!rest.isEmpty()) {
			String approx = longestPrefix(APPROX_PREFIXES);
			String symbol = longestPrefix(PREFIX_COMPARATORS.keySet());
			char c = rest.charAt(0);
			if (approx != null) {
				approximate = true;
				rest = rest.substring(approx.length());
			}
			else if (symbol != null && comparator == Comparator.EQ) {
				comparator = PREFIX_COMPARATORS.get(symbol);
				rest = rest.substring(symbol.length());
			}
			else if (c == '¥' || c == '\\') {
				yen = true; // a backslash is how ¥ displays in Japanese fonts, and so gets typed
				rest = rest.substring(1);
			}
			else if (!negative && (MINUS_SIGNS.indexOf(c) >= 0 || MISTYPED_MINUS.indexOf(c) >= 0)) {
				negative = true;
				if (MISTYPED_MINUS.indexOf(c) >= 0) {
					warnings.add("「" + c + "」をマイナスとして読みました: " + original);
				}
				rest = rest.substring(1);
			}
			else {
				return;
			}
		}
	}

	/** 程度 and 以上/以下/超/未満 after the unit; false when a comparator is given twice. */
	private boolean readSuffixes() {
		if (rest.endsWith("程度")) {
			approximate = true;
			rest = rest.substring(0, rest.length() - 2);
		}
		for (Map.Entry<String, Comparator> suffix : SUFFIX_COMPARATORS.entrySet()) {
			// at most one matches: 超え ends with え, 超 does not
			if (rest.endsWith(suffix.getKey())) {
				if (comparator != Comparator.EQ) {
					return false;
				}
				comparator = suffix.getValue();
				rest = rest.substring(0, rest.length() - suffix.getKey().length());
				return true;
			}
		}
		return true;
	}

	private String longestPrefix(Iterable<String> prefixes) {
		String longest = null;
		for (String prefix : prefixes) {
			if (rest.startsWith(prefix) && (longest == null || prefix.length() > longest.length())) {
				longest = prefix;
			}
		}
		return longest;
	}

	private Normalized<Reading> unreadable() {
		return Normalized.invalid("数値として読めません: " + original);
	}
}
