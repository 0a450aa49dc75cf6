package jp.reform.survey.report;

import static jp.reform.survey.report.XlsxCells.merge;
import static jp.reform.survey.report.XlsxCells.row;
import static jp.reform.survey.report.XlsxCells.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes rows under a list of {@link Column}s: the header row (two when columns are grouped under a shared
 * header), one row per item, the widths, the row heights the wrapped text needs, frozen panes, the
 * auto-filter and the print set-up. A column no row has a value for is left out, so a sheet shows what
 * its plans measure and no column of blanks.
 *
 * <p>Two passes over the rows: the widths are measured first, because rows are streamed out of memory as
 * they are written and their heights depend on the final widths.
 */
final class TableSheet<T> {

	private static final int MIN_WIDTH = 6;

	private final List<Column<T>> columns;

	private final String frozenThrough;

	private final Predicate<T> total;

	/**
	 * @param frozenThrough the header of the last column kept in view when scrolling right, or null
	 * @param total which rows are 計 rows (bold, shaded)
	 */
	TableSheet(List<Column<T>> columns, String frozenThrough, Predicate<T> total) {
		this.columns = List.copyOf(columns);
		this.frozenThrough = frozenThrough;
		this.total = total;
	}

	TableSheet(List<Column<T>> columns, String frozenThrough) {
		this(columns, frozenThrough, row -> false);
	}

	/** The columns {@link #write} writes for these rows: those with a value in any row (all when there are none). */
	List<Column<T>> shown(List<T> rows) {
		return measure(rows).shown();
	}

	/**
	 * Writes the table from the sheet's first row.
	 *
	 * @param headerLeft what the printed page header says on the left (the plan), or null
	 */
	void write(Sheet sheet, List<T> rows, XlsxStyles s, String headerLeft) {
		Measured<T> measured = measure(rows);
		List<Column<T>> shown = measured.shown();
		int[] widths = measured.widths();
		boolean grouped = shown.stream().anyMatch(c -> c.group() != null);
		int headerRows = grouped ? 2 : 1;
		header(sheet, shown, widths, grouped, s);
		int r = headerRows;
		for (int i = 0; i < rows.size(); i++) {
			T item = rows.get(i);
			Object[] values = measured.values().get(i);
			Row row = row(sheet, r++);
			boolean bold = total.test(item);
			int lines = 1;
			for (int c = 0; c < shown.size(); c++) {
				Column<T> column = shown.get(c);
				Object value = values[measured.index()[c]];
				write(row, c, value, s.of(column.style(), value, bold));
				if (value instanceof String text && wraps(column) && !column.hidden()) {
					lines = Math.max(lines, ColumnWidths.lines(text, widths[c]));
				}
			}
			row.setHeightInPoints(ColumnWidths.height(lines));
		}
		for (int c = 0; c < shown.size(); c++) {
			sheet.setColumnWidth(c, 256 * (widths[c] + 2));
			sheet.setColumnHidden(c, shown.get(c).hidden());
		}
		int frozen = 0;
		for (int c = 0; c < shown.size(); c++) {
			if (shown.get(c).header().equals(frozenThrough)) {
				frozen = c + 1;
			}
		}
		sheet.createFreezePane(frozen, headerRows);
		sheet.setAutoFilter(new CellRangeAddress(headerRows - 1, Math.max(headerRows - 1, r - 1), 0, shown.size() - 1));
		PrintLayout.apply(sheet, "1:" + headerRows, false, headerLeft);
	}

	private void header(Sheet sheet, List<Column<T>> shown, int[] widths, boolean grouped, XlsxStyles s) {
		Row top = row(sheet, 0);
		Row bottom = grouped ? row(sheet, 1) : top;
		int lines = 1;
		for (int c = 0; c < shown.size(); c++) {
			Column<T> column = shown.get(c);
			String title = title(column.header(), widths[c]);
			if (column.group() == null) {
				text(top, c, title, s.header);
				if (grouped) {
					text(bottom, c, null, s.header);
					merge(sheet, 0, 1, c, c);
				}
			}
			else {
				boolean first = c == 0 || !column.group().equals(shown.get(c - 1).group());
				text(top, c, first ? column.group() : null, s.header);
				text(bottom, c, title, s.header);
				int last = c;
				while (first && last + 1 < shown.size() && column.group().equals(shown.get(last + 1).group())) {
					last++;
				}
				if (first) {
					merge(sheet, 0, 0, c, last);
				}
			}
			// Headers wrap rather than widen their column.
			lines = Math.max(lines, ColumnWidths.lines(title, widths[c]));
		}
		top.setHeightInPoints(ColumnWidths.height(grouped ? 1 : lines));
		bottom.setHeightInPoints(ColumnWidths.height(lines));
	}

	/** A header too wide for its column breaks before its unit: 「効果目標額」「（千円）」, not 「効果目標額（千円」「）」. */
	static String title(String header, int width) {
		int unit = header.indexOf('（');
		// a margin of two: a printed full-width character is a little wider than two digits
		return unit > 0 && ColumnWidths.width(header) + 2 > width ? header.substring(0, unit) + "\n" + header.substring(unit)
				: header;
	}

	/**
	 * First pass: which columns have a value, and the width each shown column gets from its values. The
	 * values are kept for the second pass, which would otherwise work each of them out again.
	 */
	private Measured<T> measure(List<T> rows) {
		int[] widest = new int[columns.size()];
		boolean[] present = new boolean[columns.size()];
		List<Object[]> values = new ArrayList<>(rows.size());
		for (T item : rows) {
			Object[] row = new Object[columns.size()];
			for (int c = 0; c < columns.size(); c++) {
				Object value = columns.get(c).valueOf(item);
				row[c] = value;
				present[c] |= value != null && !(value instanceof String text && text.isBlank());
				widest[c] = Math.max(widest[c], width(value, columns.get(c).style()));
			}
			values.add(row);
		}
		List<Column<T>> shown = new ArrayList<>();
		List<Integer> widths = new ArrayList<>();
		List<Integer> index = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			Column<T> column = columns.get(c);
			if (present[c] || rows.isEmpty()) {
				shown.add(column);
				index.add(c);
				widths.add(wraps(column) ? Math.min(column.width(), Math.max(MIN_WIDTH, widest[c]))
						: Math.max(Math.max(MIN_WIDTH, column.width()), widest[c]));
			}
		}
		return new Measured<>(shown, widths.stream().mapToInt(Integer::intValue).toArray(),
				index.stream().mapToInt(Integer::intValue).toArray(), values);
	}

	/**
	 * @param index for each shown column, its position among all columns (that of its value in a row of {@code values})
	 * @param values each row's value of every column
	 */
	private record Measured<T>(List<Column<T>> shown, int[] widths, int[] index, List<Object[]> values) {
	}

	/** Whether a column's text wraps (a figure column's texts do: 「1名以上、2名以上」). */
	static boolean wraps(Column<?> column) {
		return column.style() == Column.Style.WRAPPED || column.style() == Column.Style.FIGURE;
	}

	/** The width a value takes as its cell shows it: the widest line of a text, a figure with separators. */
	private static int width(Object value, Column.Style style) {
		if (value instanceof String text) {
			return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? ColumnWidths.width(text)
					: text.lines().mapToInt(ColumnWidths::width).max().orElse(0);
		}
		if (value instanceof LocalDateTime) {
			return "2024/12/31 00:00".length();
		}
		BigDecimal number = number(value);
		if (number == null) {
			return 0;
		}
		int decimals = switch (style) {
			case RATE -> 2;
			case FIGURE -> XlsxCells.scale(number);
			default -> 0;
		};
		String digits = number.abs().setScale(decimals, RoundingMode.HALF_UP).toPlainString();
		int integer = decimals == 0 ? digits.length() : digits.indexOf('.');
		int separators = style == Column.Style.COUNT ? 0 : (integer - 1) / 3;
		return digits.length() + separators + (number.signum() < 0 ? 2 : 0);
	}

	/** One cell: a date, a number, else text (null: an empty cell, with the style's borders). */
	static void write(Row row, int col, Object value, CellStyle style) {
		if (value instanceof LocalDateTime time) {
			XlsxCells.dateTime(row, col, time, style);
		}
		else if (number(value) != null) {
			XlsxCells.number(row, col, number(value), style);
		}
		else {
			text(row, col, (String) value, style);
		}
	}

	private static BigDecimal number(Object value) {
		if (value instanceof BigDecimal number) {
			return number;
		}
		if (value instanceof Integer || value instanceof Long) {
			return BigDecimal.valueOf(((Number) value).longValue());
		}
		return null;
	}

}
