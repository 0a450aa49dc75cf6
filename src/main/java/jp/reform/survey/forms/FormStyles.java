package jp.reform.survey.forms;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Cell styles of a distributed form: labels and last years' values locked, input cells open and yellow. */
final class FormStyles {

	final XSSFCellStyle title;

	final XSSFCellStyle header;

	/** Instructions on the cover: wrapped, no border. */
	final XSSFCellStyle text;

	final XSSFCellStyle label;

	final XSSFCellStyle locked;

	final XSSFCellStyle lockedAmount;

	final XSSFCellStyle input;

	final XSSFCellStyle inputAmount;

	final XSSFCellStyle inputDate;

	FormStyles(XSSFWorkbook workbook, FormTemplate template) {
		XSSFFont font = workbook.createFont();
		font.setFontName(template.fontName());
		font.setFontHeightInPoints((short) template.fontSize());
		XSSFFont bold = workbook.createFont();
		bold.setFontName(template.fontName());
		bold.setFontHeightInPoints((short) template.fontSize());
		bold.setBold(true);
		XSSFFont big = workbook.createFont();
		big.setFontName(template.fontName());
		big.setFontHeightInPoints((short) (template.fontSize() + 3));
		big.setBold(true);
		title = workbook.createCellStyle();
		title.setFont(big);
		text = workbook.createCellStyle();
		text.setFont(font);
		text.setWrapText(true);
		text.setVerticalAlignment(VerticalAlignment.TOP);
		header = style(workbook, bold, template.headerColor(), true);
		header.setAlignment(HorizontalAlignment.CENTER);
		label = style(workbook, bold, template.labelColor(), true);
		label.setVerticalAlignment(VerticalAlignment.TOP); // beside the first line of a long text
		locked = style(workbook, font, template.lockedColor(), true);
		lockedAmount = style(workbook, font, template.lockedColor(), true);
		lockedAmount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.###"));
		input = style(workbook, font, template.inputColor(), false);
		inputAmount = style(workbook, font, template.inputColor(), false);
		inputAmount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.###"));
		inputDate = style(workbook, font, template.inputColor(), false);
		inputDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
	}

	private static XSSFCellStyle style(XSSFWorkbook workbook, XSSFFont font, String rgb, boolean lockedCell) {
		XSSFCellStyle style = workbook.createCellStyle();
		style.setFont(font);
		style.setFillForegroundColor(new XSSFColor(hex(rgb)));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setWrapText(true);
		style.setLocked(lockedCell);
		return style;
	}

	private static byte[] hex(String rgb) {
		int value = Integer.parseInt(rgb.replace("#", ""), 16);
		return new byte[] { (byte) (value >> 16), (byte) (value >> 8), (byte) value };
	}

}
