package jp.reform.survey.normalize;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Fiscal-year labels → the Gregorian year in which the fiscal year starts (April–March).
 * Stateless: one instance may be shared freely.
 *
 * <p>A parenthetical that is itself a year (平成31年度（令和元年度）) must agree with the main label.
 * Any other parenthetical (令和6年度(予定)) is not part of the year: the year is returned with a
 * warning that quotes the note, so the note is visible in the validation report.
 */
public final class FiscalYears {

	/** The label of every year a label can name, worked out once: each year row of each table asks for it. */
	private static final List<String> LABELS = IntStream.rangeClosed(EraYears.MIN_YEAR, EraYears.MAX_YEAR)
		.mapToObj(FiscalYears::labelOf)
		.toList();
	private static final Pattern WITH_NOTE = Pattern.compile("^(.+?)\\((.+)\\)$");
	private static final Pattern RELATIVE = Pattern.compile("(来|今|本|前|昨|次|翌|再来|当)年度?|未定|不明");
	/** The characters a {@link #RELATIVE} text can start with: others need not be matched. */
	private static final String RELATIVE_FIRST = "来今本前昨次翌再当未不";
	private static final Pattern ERA_MENTION = Pattern.compile(
			"(明治|大正|昭和|平成|令和)|(?<![A-Z])([MTSHR])(?=\\d|元)");

	public Normalized<Integer> parse(String text, Era contextEra) {
		String s = compactUpper(text);
		if (CellText.isNoValue(s)) {
			return Normalized.noValue();
		}
		String original = CellText.forMessage(text);
		if (CellText.hasWhitespaceBetweenDigits(text)) {
			return Normalized.invalid("数字の間に空白があります: " + original);
		}
		Matcher note = s.indexOf('(') > 0 && s.indexOf(')') > 0 ? WITH_NOTE.matcher(s) : null;
		if (note != null && note.matches()) {
			return parseWithNote(note.group(1), note.group(2), contextEra, original);
		}
		return parseSingle(s, contextEra, original);
	}

	/** The fiscal year containing the date (a date cell, a submission date). */
	public Normalized<Integer> fromDate(LocalDate date) {
		if (date == null) {
			return Normalized.noValue();
		}
		return EraYears.inRange(FiscalYearDates.fiscalYearOf(date), date.toString());
	}

	/** A plan period such as 令和5～7年度, R5-R7 or 令和元年度から令和5年度まで; one year is a one-year range. */
	public Normalized<YearRange> parseRange(String text, Era contextEra) {
		String s = compactUpper(text);
		if (CellText.isNoValue(s)) {
			return Normalized.noValue();
		}
		Optional<String[]> sides = YearRangeText.split(s);
		if (sides.isEmpty()) {
			return parse(text, contextEra).map(YearRange::single);
		}
		String left = sides.get()[0];
		String right = sides.get()[1];
		if (left.isEmpty() || right.isEmpty()) {
			return Normalized.invalid("期間の始めと終わりを両方書いてください: " + CellText.forMessage(text));
		}
		// 令和5～7年度: the right side borrows the era written on the left (and vice versa).
		Era leftEra = eraMentioned(left).or(() -> eraMentioned(right)).orElse(contextEra);
		Era rightEra = eraMentioned(right).or(() -> eraMentioned(left)).orElse(contextEra);
		Normalized<Integer> first = parse(left, leftEra);
		Normalized<Integer> last = parse(right, rightEra);
		if (!(first instanceof Normalized.Value<Integer> a)) {
			return Normalized.invalid(messageOf(first, left));
		}
		if (!(last instanceof Normalized.Value<Integer> b)) {
			return Normalized.invalid(messageOf(last, right));
		}
		if (a.value() > b.value()) {
			return Normalized.invalid("期間の始めが終わりより後になっています: " + CellText.forMessage(text));
		}
		return Normalized.value(new YearRange(a.value(), b.value()))
				.withWarnings(a.warnings())
				.withWarnings(b.warnings());
	}

	/** The label as the office writes it: 令和元年度, 令和2年度, 昭和63年度. */
	public String label(int fiscalYear) {
		return fiscalYear >= EraYears.MIN_YEAR && fiscalYear <= EraYears.MAX_YEAR
				? LABELS.get(fiscalYear - EraYears.MIN_YEAR) : labelOf(fiscalYear);
	}

	/** The era in force on 31 December of the start year, which names the fiscal year. */
	public Era eraOf(int fiscalYear) {
		return Era.inForceOn(LocalDate.of(fiscalYear, 12, 31))
				.orElseThrow(() -> new IllegalArgumentException("before the Meiji era: " + fiscalYear));
	}

	private static String labelOf(int fiscalYear) {
		Era era = new FiscalYears().eraOf(fiscalYear);
		int eraYear = fiscalYear - era.firstYear() + 1;
		return era.kanji() + (eraYear == 1 ? "元" : Integer.toString(eraYear)) + "年度";
	}

	/** The most recent era named in the text (令和, R5 …), e.g. to read bare years of a plan. */
	public Optional<Era> eraMentioned(String text) {
		Matcher m = ERA_MENTION.matcher(compactUpper(text));
		Era latest = null;
		while (m.find()) {
			Era era = Era.fromName(m.group(1) != null ? m.group(1) : m.group(2)).orElseThrow();
			if (latest == null || era.compareTo(latest) > 0) {
				latest = era;
			}
		}
		return Optional.ofNullable(latest);
	}

	private Normalized<Integer> parseWithNote(String main, String note, Era contextEra, String original) {
		Normalized<Integer> year = parseSingle(main, contextEra, original);
		if (!(year instanceof Normalized.Value<Integer> y)) {
			return year;
		}
		Normalized<Integer> other = parseSingle(note, contextEra, note);
		if (other instanceof Normalized.Value<Integer> o) {
			return o.value().equals(y.value()) ? year
					: Normalized.invalid("括弧の中の年度と一致しません: " + original);
		}
		return year.withWarnings(List.of("括弧書きは注記として扱いました: " + note));
	}

	private Normalized<Integer> parseSingle(String s, Era contextEra, String original) {
		if (RELATIVE_FIRST.indexOf(s.charAt(0)) >= 0 && RELATIVE.matcher(s).matches()) {
			return Normalized.invalid("年度を特定できません: " + original);
		}
		Optional<Normalized<Integer>> date = FiscalYearDates.parse(s, contextEra, original);
		if (date.isPresent()) {
			return date.get();
		}
		YearLabelParts parts = YearLabelParts.of(s);
		if (parts == null) {
			return Normalized.invalid("年度として読めません: " + original);
		}
		Normalized<Integer> year = EraYears.gregorian(parts.era(), parts.number(), contextEra, original);
		Era era = Era.fromName(parts.era()).orElse(contextEra);
		if (year instanceof Normalized.Value<Integer> y && era != null && !isNameOf(era, y.value())) {
			return year.withWarnings(List.of(
					"改元後の年度です。" + label(y.value()) + "として読みました: " + original));
		}
		return year;
	}

	/** 平成31年度 is right (FY2019 began under 平成); 平成32年度 or 昭和64年度 never existed. */
	private static boolean isNameOf(Era era, int fiscalYear) {
		return EraYears.inForceDuring(era, LocalDate.of(fiscalYear, 4, 1), LocalDate.of(fiscalYear, 12, 31));
	}

	private static String compactUpper(String text) {
		return CellText.withoutLeadingApostrophe(CellText.compact(text).toUpperCase(Locale.ROOT));
	}

	private static String messageOf(Normalized<Integer> outcome, String side) {
		return outcome instanceof Normalized.Invalid<Integer> invalid ? invalid.message()
				: "期間の端の年度がありません: " + side;
	}
}
