package jp.reform.survey.normalize;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Amounts written with kanji numerals and multipliers, mixed with digits:
 * 一億二千万, 1億2,000万, 12万3千, 12.3百万, 十二, 二〇二三.
 */
final class KanjiNumerals {

	static final String DIGITS = "〇一二三四五六七八九";
	static final String SMALL_UNITS = "十百千";
	static final String BIG_UNITS = "万億兆";
	/** Characters an amount may consist of (digits with separators, kanji digits and multipliers). */
	static final String AMOUNT_CHARS = "0-9.," + DIGITS + SMALL_UNITS + BIG_UNITS;

	/** A thousands separator must be followed by exactly three digits. */
	private static final Pattern DIGIT_RUN = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");

	private KanjiNumerals() {
	}

	/** Parses an amount; Invalid explains what is wrong (for instance a misplaced separator). */
	static Normalized<BigDecimal> amount(String text, String original) {
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal section = BigDecimal.ZERO;
		BigDecimal pending = null;
		int lastBig = Integer.MAX_VALUE;
		int lastSmall = Integer.MAX_VALUE;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (isAsciiDigitRunChar(c)) {
				int end = i;
				while (end < text.length() && isAsciiDigitRunChar(text.charAt(end))) {
					end++;
				}
				String run = text.substring(i, end);
				if (!DIGIT_RUN.matcher(run).matches()) {
					return Normalized.invalid("桁区切りや小数点の位置が正しくありません: " + original);
				}
				if (pending != null) {
					return unreadable(original);
				}
				pending = new BigDecimal(run.replace(",", ""));
				i = end;
			}
			else if (DIGITS.indexOf(c) >= 0) {
				int end = i;
				StringBuilder digits = new StringBuilder();
				while (end < text.length() && DIGITS.indexOf(text.charAt(end)) >= 0) {
					digits.append(DIGITS.indexOf(text.charAt(end)));
					end++;
				}
				if (pending != null) {
					return unreadable(original);
				}
				pending = new BigDecimal(digits.toString());
				i = end;
			}
			else if (SMALL_UNITS.indexOf(c) >= 0) {
				int unit = smallUnit(c);
				if (unit >= lastSmall) {
					return unreadable(original);
				}
				section = section.add((pending == null ? BigDecimal.ONE : pending).multiply(BigDecimal.valueOf(unit)));
				pending = null;
				lastSmall = unit;
				i++;
			}
			else if (BIG_UNITS.indexOf(c) >= 0) {
				int exponent = 4 * (BIG_UNITS.indexOf(c) + 1);
				BigDecimal head = pending == null ? section : section.add(pending);
				if (exponent >= lastBig || head.signum() == 0) {
					return unreadable(original);
				}
				total = total.add(head.scaleByPowerOfTen(exponent));
				section = BigDecimal.ZERO;
				pending = null;
				lastSmall = Integer.MAX_VALUE;
				lastBig = exponent;
				i++;
			}
			else {
				return unreadable(original);
			}
		}
		return Normalized.value(total.add(section).add(pending == null ? BigDecimal.ZERO : pending));
	}

	/** A small whole number such as an era year: 五, 十二, 三十一, 〇. */
	static Integer smallInteger(String text) {
		Normalized<BigDecimal> parsed = amount(text, text);
		if (!(parsed instanceof Normalized.Value<BigDecimal> v)) {
			return null;
		}
		try {
			return v.value().intValueExact();
		}
		catch (ArithmeticException notWhole) {
			return null;
		}
	}

	static boolean hasMultiplier(String text) {
		return text.chars().anyMatch(ch -> (SMALL_UNITS + BIG_UNITS).indexOf(ch) >= 0);
	}

	static boolean hasAsciiDigit(String text) {
		return text.chars().anyMatch(ch -> ch >= '0' && ch <= '9');
	}

	private static boolean isAsciiDigitRunChar(char c) {
		return (c >= '0' && c <= '9') || c == ',' || c == '.';
	}

	private static int smallUnit(char c) {
		return switch (c) {
			case '十' -> 10;
			case '百' -> 100;
			default -> 1000;
		};
	}

	private static Normalized<BigDecimal> unreadable(String original) {
		return Normalized.invalid("数値として読めません: " + original);
	}
}
