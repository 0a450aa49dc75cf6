package jp.reform.survey.forms;

import jp.reform.survey.report.ColumnWidths;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.ValueKind;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writing and sizing a form's cells, shared by its sheets of either shape. */
final class FormCells {

	/** Lines left for writing in an open prose cell, on screen and on paper. */
	static final int OPEN_PROSE_LINES = 3;

	private FormCells() {
	}

	static Cell cell(XSSFSheet sheet, int r, int c, String value, CellStyle style) {
		Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
		Cell cell = row.createCell(c);
		if (value != null) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(style);
		return cell;
	}

	/**
	 * Lines a text takes in a cell {@code width} characters wide, counted as consolidated.xlsx counts them,
	 * with a margin: Calc breaks lines before a run of digits or Latin letters rather than inside it.
	 */
	static int lines(String text, int width) {
		return ColumnWidths.lines(text, (width - 2) * 9 / 10);
	}

	/** The title row, one line of the larger font (or two when it is long). */
	static float titleHeight(String title, int width) {
		return ColumnWidths.height(lines(title, width * 11 / 14)) * 14 / 11;
	}

	/**
	 * A value as text the reader reads back the same: a figure or rate as written (「資格取得者数：30人」, whose
	 * text is only the words around the figure), any other value's text.
	 */
	static String asWritten(SourcedValue value) {
		ValueKind kind = value.field().kind();
		if ((kind == ValueKind.FIGURE || kind == ValueKind.RATE) && value.raw() != null) {
			return value.raw();
		}
		return value.text() != null ? value.text() : value.raw();
	}

	/** What every page header says on the left. */
	static String pageHeader(FormRequest request) {
		return request.planName() + "　" + request.department();
	}

}
