package jp.reform.survey.normalize;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Number cells → exact decimals with unit, comparator and approximation. Stateless.
 *
 * <p>Money rule: a yen unit in the text (円, 千円, 万円, 百万円, 億円, ¥) wins and the amount is
 * converted to 千円; with no unit in the text, the column's unit applies (money converted to 千円,
 * % and pt carried over); otherwise the unit is whatever the text says, or null.
 */
public final class Numbers {

	private static final String KYEN = Unit.KYEN.symbol();
	private static final Pattern EXCEL_ERROR = Pattern.compile("#(DIV/0!|REF!|N/A|VALUE!|NAME\\?|NUM!|NULL!|SPILL!)",
			Pattern.CASE_INSENSITIVE);

	public Normalized<Quantity> parse(String text, Unit columnUnit) {
		String s = CellText.withoutLeadingApostrophe(CellText.compact(text));
		if (CellText.isSameAsAbove(s)) {
			return Normalized.sameAsAbove();
		}
		if (CellText.isNoValue(s)) {
			return Normalized.noValue();
		}
		String original = CellText.forMessage(text);
		if (s.charAt(0) == '#' && EXCEL_ERROR.matcher(s).matches()) {
			return Normalized.invalid("計算式がエラーになっています: " + original);
		}
		if (CellText.hasWhitespaceBetweenDigits(text)) {
			return Normalized.invalid("数字の間に空白があります: " + original);
		}
		Normalized<NumberText.Reading> read = NumberText.read(s, original);
		if (!(read instanceof Normalized.Value<NumberText.Reading> v)) {
			return Normalized.invalid(((Normalized.Invalid<NumberText.Reading>) read).message());
		}
		NumberText.Reading r = v.value();
		BigDecimal value = r.value();
		String unit = r.unit();
		Unit column = columnUnit == null ? Unit.NONE : columnUnit;
		if (r.yen()) {
			value = value.movePointLeft(3);
			unit = KYEN;
		}
		else if (unit == null && column.isMoney() && r.multiplied()) {
			// 5億 in a 千円 column: 5億円 or 5億千円? Ask rather than guess.
			return Normalized.invalid("金額の単位が分かりません（「円」まで書いてください）: " + original);
		}
		else if (unit == null && column.isMoney()) {
			value = column.toKyen(value);
			unit = KYEN;
		}
		else if (unit == null) {
			unit = column.symbol();
		}
		return Normalized.value(new Quantity(plain(value), unit, r.comparator(), r.approximate()), r.warnings());
	}

	/** A numeric cell's stored value (never its formatted text), scaled by a money column's unit. */
	public Normalized<Quantity> fromNumericCell(BigDecimal stored, Unit columnUnit) {
		if (stored == null) {
			return Normalized.noValue();
		}
		Unit column = columnUnit == null ? Unit.NONE : columnUnit;
		BigDecimal value = column.isMoney() ? column.toKyen(stored) : stored;
		return Normalized.value(Quantity.of(plain(value), column.isMoney() ? KYEN : column.symbol()));
	}

	/** Trailing zeros stripped, but never an exponent: 1234 rather than 1.234E+3. */
	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
