package jp.reform.survey.vocabulary;

import java.math.BigDecimal;

/**
 * One normalised value with the cell it came from.
 *
 * @param fiscalYear the Gregorian start year for year-table values, null for form values
 * @param number exact value (money in 千円), or null
 * @param text text value (status word, name, free text), or null
 * @param unit unit split off the number (千円, %, 事業者 …), or null
 * @param comparator ≥ > ≤ < for bounds such as 「1名以上」, or null
 * @param approximate whether the cell said 約
 * @param raw the cell as written
 */
public record SourcedValue(Field field, Integer fiscalYear, BigDecimal number, String text, String unit,
		String comparator, boolean approximate, String raw, String sheet, String cell) {

	public static SourcedValue text(Field field, Integer fiscalYear, String text, String raw, String sheet,
			String cell) {
		return new SourcedValue(field, fiscalYear, null, text, null, null, false, raw, sheet, cell);
	}

}
