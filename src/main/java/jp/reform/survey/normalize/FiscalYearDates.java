package jp.reform.survey.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates written as text (令和6年4月, 2024/4/1, R6.3) → the fiscal year containing them. */
final class FiscalYearDates {

	private static final Pattern KANJI_DATE = Pattern.compile(
			"^" + EraYears.ERA + "?" + EraYears.NUMBER + "年(\\d{1,2})月(?:(\\d{1,2})日)?$");
	private static final Pattern SEPARATED_DATE = Pattern.compile(
			"^" + EraYears.ERA + "?(\\d{1,4})[./-](\\d{1,2})(?:[./-](\\d{1,2}))?$");

	private FiscalYearDates() {
	}

	/** Empty when the text is not shaped like a date; otherwise the fiscal year or why not. */
	static Optional<Normalized<Integer>> parse(String compactUpper, Era contextEra, String original) {
		// neither pattern can match without its 月 or separator: most year labels are spared both
		boolean separated = compactUpper.indexOf('.') >= 0 || compactUpper.indexOf('/') >= 0
				|| compactUpper.indexOf('-') >= 0;
		if (!separated && compactUpper.indexOf('月') < 0) {
			return Optional.empty();
		}
		Matcher m = KANJI_DATE.matcher(compactUpper);
		if (!m.matches()) {
			m = SEPARATED_DATE.matcher(compactUpper);
			// 5-7 or 6.3 without an era is more likely a range or a decimal than a date: not guessed.
			if (!m.matches() || (m.group(1) == null && m.group(2).length() != 4)) {
				return Optional.empty();
			}
		}
		Normalized<Integer> year = EraYears.gregorian(m.group(1), m.group(2), contextEra, original);
		if (!(year instanceof Normalized.Value<Integer> y)) {
			return Optional.of(year);
		}
		int month = Integer.parseInt(m.group(3));
		LocalDate from;
		LocalDate to;
		try {
			if (m.group(4) != null) {
				from = LocalDate.of(y.value(), month, Integer.parseInt(m.group(4)));
				to = from;
			}
			else {
				from = YearMonth.of(y.value(), month).atDay(1);
				to = YearMonth.of(y.value(), month).atEndOfMonth();
			}
		}
		catch (DateTimeException notADate) {
			return Optional.of(Normalized.invalid("日付として読めません: " + original));
		}
		Normalized<Integer> fiscalYear = EraYears.inRange(fiscalYearOf(from), original);
		Optional<Era> era = Era.fromName(m.group(1));
		if (era.isPresent() && !EraYears.inForceDuring(era.get(), from, to)) {
			fiscalYear = fiscalYear.withWarnings(List.of("元号と日付が合いません: " + original));
		}
		return Optional.of(fiscalYear);
	}

	/** April–March: January to March belong to the fiscal year that started the previous April. */
	static int fiscalYearOf(LocalDate date) {
		return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
	}
}
