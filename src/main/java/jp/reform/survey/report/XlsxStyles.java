package jp.reform.survey.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles the consolidated workbook uses, created once per workbook. */
final class XlsxStyles {

	final CellStyle title;

	final CellStyle header;

	final CellStyle text;

	final CellStyle amount;

	final CellStyle rate;

	final CellStyle count;

	XlsxStyles(Workbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		Font big = workbook.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 14);
		title = workbook.createCellStyle();
		title.setFont(big);
		header = bordered(workbook);
		header.setFont(bold);
		header.setAlignment(HorizontalAlignment.CENTER);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setWrapText(true);
		text = bordered(workbook);
		text.setWrapText(true);
		amount = bordered(workbook);
		amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0;\"△\"#,##0"));
		rate = bordered(workbook);
		rate.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
		count = bordered(workbook);
		count.setAlignment(HorizontalAlignment.CENTER);
	}

	private static CellStyle bordered(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		return style;
	}

}
