package jp.reform.survey.normalize;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Turns an era (possibly absent) and a year number (元, digits or kanji) into a Gregorian year,
 * rejecting years that cannot be meant. Shared by fiscal-year labels and dates.
 */
final class EraYears {

	static final int MIN_YEAR = 1868;
	static final int MAX_YEAR = 2100;
	/** An era year this far past the era's end is a typo, not a plan written before the change. */
	static final int ERA_OVERRUN_TOLERANCE = 10;

	static final String ERA = "(明治|大正|昭和|平成|令和|[MTSHR])";
	static final String NUMBER = "(元|\\d{1,4}|[" + KanjiNumerals.DIGITS + "十]+)";

	private EraYears() {
	}

	/**
	 * @param eraText the era as written (null when none is written)
	 * @param number 元, digits or kanji digits
	 * @param contextEra the era to assume for a bare era year such as 7 or 元 (may be null)
	 * @param original the cell text, quoted in messages
	 */
	static Normalized<Integer> gregorian(String eraText, String number, Era contextEra, String original) {
		Integer n = "元".equals(number) ? Integer.valueOf(1)
				: allDigits(number) ? Integer.valueOf(number)
				: KanjiNumerals.smallInteger(number);
		if (n == null) {
			return Normalized.invalid("年度として読めません: " + original);
		}
		Optional<Era> era = Era.fromName(eraText);
		if (era.isEmpty()) {
			if (number.length() == 4 || n >= 1000) {
				return inRange(n, original);
			}
			if (n >= 100) {
				return Normalized.invalid("年度として読めません: " + original);
			}
			if (contextEra == null) {
				return Normalized.invalid("元号が分からないため年度を決められません: " + original);
			}
			era = Optional.of(contextEra);
		}
		if (n < 1) {
			return outOfRange(original);
		}
		int year = era.get().toGregorian(n);
		Optional<Era> next = era.get().next();
		if (next.isPresent() && year > next.get().firstYear() + ERA_OVERRUN_TOLERANCE) {
			return outOfRange(original);
		}
		return inRange(year, original);
	}

	private static boolean allDigits(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (!Character.isDigit(s.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** True when {@code era} was in force on some day of the period (both ends included). */
	static boolean inForceDuring(Era era, LocalDate from, LocalDate to) {
		return Era.inForceOn(from).orElse(null) == era || Era.inForceOn(to).orElse(null) == era;
	}

	static Normalized<Integer> inRange(int year, String original) {
		return year < MIN_YEAR || year > MAX_YEAR ? outOfRange(original) : Normalized.value(year);
	}

	private static Normalized<Integer> outOfRange(String original) {
		return Normalized.invalid("年度の範囲外です: " + original);
	}
}
