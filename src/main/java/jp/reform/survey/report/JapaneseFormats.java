package jp.reform.survey.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jp.reform.survey.normalize.FiscalYears;

/** Number and date forms the office reads: 千円 with separators, △ for negatives, 和暦 years. */
public final class JapaneseFormats {

	private final FiscalYears fiscalYears = new FiscalYears();

	public String kyen(BigDecimal value) {
		if (value == null) {
			return "－";
		}
		DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.JAPAN));
		format.setRoundingMode(RoundingMode.HALF_UP);
		String text = format.format(value.abs());
		return value.signum() < 0 ? "△" + text : text;
	}

	public String rate(BigDecimal value) {
		return value == null ? "－" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	public String wareki(int fiscalYear) {
		return fiscalYears.label(fiscalYear);
	}

	public String dateTime(LocalDateTime time) {
		return time == null ? "－" : time.format(DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm"));
	}

}
