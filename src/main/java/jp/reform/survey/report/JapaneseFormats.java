package jp.reform.survey.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import jp.reform.survey.normalize.Era;
import jp.reform.survey.normalize.FiscalYears;

/**
 * Number and date forms the office reads: 千円 with separators, △ for negatives, 和暦 years (with the
 * 西暦 form for hover titles). Used from Java and, as {@code fmt}, from the templates.
 */
public final class JapaneseFormats {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final FiscalYears fiscalYears = new FiscalYears();

	/** An amount in 千円, or any other figure: separators, up to three decimals, △ for negatives, － for none. */
	public String kyen(BigDecimal value) {
		return number(value);
	}

	public String number(BigDecimal value) {
		if (value == null) {
			return "－";
		}
		// What DecimalFormat("#,##0.###", HALF_UP) writes, without building one per figure (the summary
		// of a prefecture formats hundreds of thousands).
		String plain = value.abs().setScale(3, RoundingMode.HALF_UP).toPlainString();
		int dot = plain.indexOf('.');
		String whole = dot < 0 ? plain : plain.substring(0, dot);
		int fractionEnd = plain.length();
		while (dot >= 0 && fractionEnd > dot + 1 && plain.charAt(fractionEnd - 1) == '0') {
			fractionEnd--;
		}
		StringBuilder text = new StringBuilder(plain.length() + whole.length() / 3 + 1);
		if (value.signum() < 0) {
			text.append('△');
		}
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				text.append(',');
			}
			text.append(whole.charAt(i));
		}
		if (dot >= 0 && fractionEnd > dot + 1) {
			text.append(plain, dot, fractionEnd);
		}
		return text.toString();
	}

	/** A signed difference: ＋1,234 / △1,234 / ±0. */
	public String delta(BigDecimal value) {
		if (value == null) {
			return "－";
		}
		if (value.signum() == 0) {
			return "±0";
		}
		return value.signum() > 0 ? "＋" + number(value) : number(value);
	}

	public String rate(BigDecimal value) {
		return value == null ? "－" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** 令和元年度, 令和2年度 … */
	public String wareki(int fiscalYear) {
		return fiscalYears.label(fiscalYear);
	}

	/** The short form of table headers and chart axes: R元, R2, H30 … */
	public String warekiShort(int fiscalYear) {
		Era era = fiscalYears.eraOf(fiscalYear);
		int eraYear = fiscalYear - era.firstYear() + 1;
		return era.letter() + (eraYear == 1 ? "元" : Integer.toString(eraYear));
	}

	/** The Gregorian form shown on hover: 2019年度（2019年4月～2020年3月）. */
	public String seireki(int fiscalYear) {
		return fiscalYear + "年度（" + fiscalYear + "年4月～" + (fiscalYear + 1) + "年3月）";
	}

	/** 2024年5月10日 09:30; a date typed without a time (exactly midnight) shows the date only. */
	public String dateTime(LocalDateTime time) {
		if (time == null) {
			return "－";
		}
		return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? time.format(DATE) : time.format(DATE_TIME);
	}

	/** A date in 和暦 as official documents write it: 令和6年5月10日. */
	public String warekiDate(LocalDateTime time) {
		if (time == null) {
			return "－";
		}
		Era era = Era.inForceOn(time.toLocalDate()).orElseThrow();
		int eraYear = time.getYear() - era.firstYear() + 1;
		return era.kanji() + (eraYear == 1 ? "元" : Integer.toString(eraYear)) + "年" + time.getMonthValue() + "月"
				+ time.getDayOfMonth() + "日";
	}

}
