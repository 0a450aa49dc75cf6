package jp.reform.survey.report;

import java.util.function.Function;

/**
 * One column of a table sheet of consolidated.xlsx: its header, width, style and the value a row gives
 * it. A sheet is a list of these, so which columns a plan gets is decided in one place (its measures)
 * and the tests find a column by its header, not by its position.
 *
 * @param group the header spanning this column and its neighbours of the same group (a year over 目標 and
 *        実績), or null for a column headed on its own
 * @param width in half-width characters: for {@link Style#WRAPPED} the most the column takes (longer text
 *        wraps onto further lines); for every other style the least (it widens to its widest value, so no
 *        cell shows #####)
 * @param value the cell's value for a row: a String, a number (BigDecimal, Integer, Long), a
 *        LocalDateTime, or null for an empty cell
 * @param hidden kept for filtering but not shown or printed (計画名 when the workbook holds one plan)
 */
record Column<T>(String group, String header, int width, Style style, Function<T, ?> value, boolean hidden) {

	/** How a column's cells look; {@link XlsxStyles#of} gives the workbook's cell style. */
	enum Style {

		/** Text on one line. */
		TEXT,
		/** Text that wraps within the column's width, the row growing to fit. */
		WRAPPED,
		/** Short words and codes, centred (年度, 進捗). */
		CENTER,
		/** 千円 and counts: {@code #,##0}, △ for negatives. */
		AMOUNT,
		/** A figure with the decimals it was entered with (57.4, 98.79); a text value wraps. */
		FIGURE,
		/** A rate: two decimals. */
		RATE,
		/** A small count or No., centred. */
		COUNT,
		/** Date and time of a submission. */
		DATE_TIME

	}

	static <T> Column<T> of(String header, int width, Style style, Function<T, ?> value) {
		return new Column<>(null, header, width, style, value, false);
	}

	/**
	 * 計画名, wrapped; hidden when the workbook holds one plan (its name is in the page header already, the
	 * column stays for filtering).
	 */
	static <T> Column<T> planName(Function<T, String> value, boolean onePlan) {
		return Column.<T>of("計画名", 20, Style.WRAPPED, value).hiddenIf(onePlan);
	}

	/** This column under a shared header. */
	Column<T> under(String groupHeader) {
		return new Column<>(groupHeader, header, width, style, value, hidden);
	}

	/** This column hidden when {@code hide}. */
	Column<T> hiddenIf(boolean hide) {
		return new Column<>(group, header, width, style, value, hide);
	}

	Object valueOf(T row) {
		return value.apply(row);
	}

}
