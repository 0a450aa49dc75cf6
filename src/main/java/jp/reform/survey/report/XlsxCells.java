package jp.reform.survey.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Cell writing shared by the sheets: numbers stay numbers, no value stays an empty cell (not zero). */
final class XlsxCells {

	private XlsxCells() {
	}

	static Row row(Sheet sheet, int index) {
		Row row = sheet.getRow(index);
		return row == null ? sheet.createRow(index) : row;
	}

	static void text(Row row, int col, String value, CellStyle style) {
		Cell cell = row.createCell(col);
		if (value != null) {
			cell.setCellValue(SpreadsheetText.neutralize(value)); // never a formula, whatever a department typed
		}
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	static void number(Row row, int col, BigDecimal value, CellStyle style) {
		Cell cell = row.createCell(col);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
		cell.setCellStyle(style);
	}

	static void number(Row row, int col, long value, CellStyle style) {
		number(row, col, BigDecimal.valueOf(value), style);
	}

	static void dateTime(Row row, int col, LocalDateTime value, CellStyle style) {
		Cell cell = row.createCell(col);
		if (value != null) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(style);
	}

	static void merge(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
		if (firstRow != lastRow || firstCol != lastCol) {
			sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
		}
	}

	/** The decimals a figure was entered with, for its number format (57.4 → 1, 98.79 → 2, 7,074 → 0). */
	static int scale(BigDecimal value) {
		return value == null ? 0 : Math.max(0, value.stripTrailingZeros().scale());
	}

}
