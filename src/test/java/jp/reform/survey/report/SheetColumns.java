package jp.reform.survey.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A table sheet of consolidated.xlsx read by its headers, so tests find a column by what it is called and
 * not where it stands. The header rows are the sheet's repeated print rows; a column under a shared header
 * (a year over 目標 and 実績) is named 「令和元年度/目標」; a header broken over two lines is read as one.
 */
public final class SheetColumns {

	private final Sheet sheet;

	private final List<String> headers;

	private final int headerRows;

	private SheetColumns(Sheet sheet, List<String> headers, int headerRows) {
		this.sheet = sheet;
		this.headers = headers;
		this.headerRows = headerRows;
	}

	public static SheetColumns of(Sheet sheet) {
		if (sheet == null) {
			throw new AssertionError("no such sheet");
		}
		CellRangeAddress repeated = sheet.getRepeatingRows();
		int headerRows = repeated == null ? 1 : repeated.getLastRow() + 1;
		Row top = sheet.getRow(0);
		Row bottom = sheet.getRow(headerRows - 1);
		List<String> headers = new ArrayList<>();
		String group = "";
		for (int c = 0; c < top.getLastCellNum(); c++) {
			String above = text(top, c).replace("\n", "");
			String below = headerRows == 1 ? "" : text(bottom, c).replace("\n", "");
			if (!above.isEmpty()) {
				group = above;
			}
			headers.add(below.isEmpty() ? above : group + "/" + below);
		}
		return new SheetColumns(sheet, List.copyOf(headers), headerRows);
	}

	public List<String> headers() {
		return headers;
	}

	public boolean has(String header) {
		return headers.contains(header);
	}

	/** The column's index; fails the test when the sheet has no such column. */
	public int index(String header) {
		int index = headers.indexOf(header);
		if (index < 0) {
			throw new AssertionError(sheet.getSheetName() + " has no column 「" + header + "」: " + headers);
		}
		return index;
	}

	public Cell cell(Row row, String header) {
		return row.getCell(index(header));
	}

	/** The cell's text, stripped; "" for an empty or numeric cell. */
	public String text(Row row, String header) {
		return text(row, index(header));
	}

	/** The first data row whose cell under {@code header} says {@code value}. */
	public Row rowWith(String header, String value) {
		return rows().stream()
			.filter(row -> value.equals(text(row, header)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row with " + header + "=" + value + " in " + sheet.getSheetName()));
	}

	/** The rows below the header. */
	public List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (int r = headerRows; r <= sheet.getLastRowNum(); r++) {
			if (sheet.getRow(r) != null) {
				rows.add(sheet.getRow(r));
			}
		}
		return rows;
	}

	/** Every value of a column, as text ("" for empty), row by row. */
	public List<String> texts(String header) {
		return rows().stream().map(row -> text(row, header)).toList();
	}

	private static String text(Row row, int col) {
		Cell cell = row == null ? null : row.getCell(col);
		return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue().strip();
	}

}
