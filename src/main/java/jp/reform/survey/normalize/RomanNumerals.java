package jp.reform.survey.normalize;

/** Roman numerals as category codes: Ⅰ–Ⅻ as single Unicode characters, or I, II, IV in letters. */
final class RomanNumerals {

	private static final int[] VALUES = { 10, 9, 5, 4, 1 };
	private static final String[] LETTERS = { "X", "IX", "V", "IV", "I" };
	/** Keeps codes to the sizes a plan has; also keeps words like "XXX" from reading as codes. */
	static final int MAX = 39;

	private RomanNumerals() {
	}

	/** The value of a Unicode Roman numeral character (Ⅰ–Ⅻ, ⅰ–ⅻ), or 0. */
	static int ofCharacter(char c) {
		if (c >= 'Ⅰ' && c <= 'Ⅻ') {
			return c - 'Ⅰ' + 1;
		}
		if (c >= 'ⅰ' && c <= 'ⅻ') {
			return c - 'ⅰ' + 1;
		}
		return 0;
	}

	/** The value of letters such as IV (any case), or 0 when not a well-formed numeral up to {@link #MAX}. */
	static int ofLetters(String letters) {
		String upper = letters.toUpperCase(java.util.Locale.ROOT);
		for (int n = 1; n <= MAX; n++) {
			if (toLetters(n).equals(upper)) {
				return n;
			}
		}
		return 0;
	}

	/** Ⅰ–Ⅻ as the single Unicode character; larger numbers in letters (XIII). */
	static String display(int n) {
		return n <= 12 ? String.valueOf((char) ('Ⅰ' + n - 1)) : toLetters(n);
	}

	private static String toLetters(int n) {
		StringBuilder sb = new StringBuilder();
		int rest = n;
		for (int i = 0; i < VALUES.length; i++) {
			while (rest >= VALUES[i]) {
				sb.append(LETTERS[i]);
				rest -= VALUES[i];
			}
		}
		return sb.toString();
	}
}
