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
 * @param line which of the item's repeated rows the value belongs to (its activities, 1, 2 …), null for the
 *        item's own values
 */
public record SourcedValue(Field field, Integer fiscalYear, BigDecimal number, String text, String unit,
		String comparator, boolean approximate, String raw, String sheet, String cell, Integer line) {

	/** A value of the item itself (no line). */
	public SourcedValue(Field field, Integer fiscalYear, BigDecimal number, String text, String unit,
			String comparator, boolean approximate, String raw, String sheet, String cell) {
		this(field, fiscalYear, number, text, unit, comparator, approximate, raw, sheet, cell, null);
	}

	public static SourcedValue text(Field field, Integer fiscalYear, String text, String raw, String sheet,
			String cell) {
		return new SourcedValue(field, fiscalYear, null, text, null, null, false, raw, sheet, cell);
	}

	/** The same value as one of the item's repeated rows. */
	public SourcedValue onLine(int lineNo) {
		return new SourcedValue(field, fiscalYear, number, text, unit, comparator, approximate, raw, sheet, cell,
				lineNo);
	}

}
