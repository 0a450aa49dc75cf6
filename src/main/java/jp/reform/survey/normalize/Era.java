package jp.reform.survey.normalize;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Japanese eras since the Gregorian calendar era of Japanese administration. */
public enum Era {
	// Meiji 1 was declared retroactively from the start of 1868; taken as 1 January.
	MEIJI("明治", 'M', LocalDate.of(1868, 1, 1)),
	TAISHO("大正", 'T', LocalDate.of(1912, 7, 30)),
	SHOWA("昭和", 'S', LocalDate.of(1926, 12, 25)),
	HEISEI("平成", 'H', LocalDate.of(1989, 1, 8)),
	REIWA("令和", 'R', LocalDate.of(2019, 5, 1));

	private static final List<Era> ALL = List.of(values());

	private final String kanji;
	private final char letter;
	private final LocalDate start;

	Era(String kanji, char letter, LocalDate start) {
		this.kanji = kanji;
		this.letter = letter;
		this.start = start;
	}

	public String kanji() {
		return kanji;
	}

	/** The upper-case letter used in abbreviations such as R5 or H31. */
	public char letter() {
		return letter;
	}

	/** The first day of the era. */
	public LocalDate start() {
		return start;
	}

	/** The Gregorian year of the era's year 1 (元年). */
	public int firstYear() {
		return start.getYear();
	}

	/** The Gregorian year of era year {@code eraYear} (1 = 元年). */
	public int toGregorian(int eraYear) {
		return firstYear() + eraYear - 1;
	}

	public Optional<Era> next() {
		return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

	/** The era in force on a date; dates before Meiji belong to no era here. */
	public static Optional<Era> inForceOn(LocalDate date) {
		Era found = null;
		for (Era era : ALL) {
			if (!date.isBefore(era.start)) {
				found = era;
			}
		}
		return Optional.ofNullable(found);
	}

	/** Reads 令和 or R/r (after NFKC); anything else is empty. */
	public static Optional<Era> fromName(String name) {
		if (name == null) {
			return Optional.empty();
		}
		for (Era era : ALL) { // as written by the year patterns, needing no clean-up
			if (name.equals(era.kanji) || (name.length() == 1 && name.charAt(0) == era.letter)) {
				return Optional.of(era);
			}
		}
		String s = name.strip().toUpperCase(Locale.ROOT);
		for (Era era : ALL) {
			if (s.equals(era.kanji) || s.equals(String.valueOf(era.letter))) {
				return Optional.of(era);
			}
		}
		return Optional.empty();
	}
}
