package jp.reform.survey.workbook;

import java.math.BigDecimal;

/** The exact number a spreadsheet cell shows, shared by both readers so they cannot drift apart. */
final class GridNumbers {

	/**
	 * What a cell holding NaN or an infinity reads as: Excel's own error for a number it cannot
	 * represent. Excel never writes such a value, other programs may; it is then an error at its cell
	 * (like #DIV/0!), not a file that cannot be read.
	 */
	static final String NOT_A_NUMBER = "#NUM!";

	private GridNumbers() {
	}

	/** Whether {@link #exact} can give the value: false for NaN and the infinities. */
	static boolean representable(double value) {
		return Double.isFinite(value);
	}

	/**
	 * Double.toString gives the shortest decimal that round-trips, i.e. what Excel displays as the
	 * value; trailing zeros go so that 1200.0 and 1200 compare equal as text.
	 */
	static BigDecimal exact(double value) {
		BigDecimal stripped = new BigDecimal(Double.toString(value)).stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
