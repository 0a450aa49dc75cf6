package jp.reform.survey.workbook;

import java.math.BigDecimal;

/** The exact number a spreadsheet cell shows, shared by both readers so they cannot drift apart. */
final class GridNumbers {

	private GridNumbers() {
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
