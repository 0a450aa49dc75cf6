package jp.reform.survey.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles the consolidated workbook uses, created once per workbook (Excel caps a workbook at
 * 64,000 styles, so never one per cell). Amounts are {@code #,##0} with △ for negatives, as the office
 * writes them; other figures keep the decimals they were entered with.
 */
final class XlsxStyles {

	static final String AMOUNT_FORMAT = "#,##0;\"△\"#,##0";

	final CellStyle title;

	final CellStyle subtitle;

	final CellStyle header;

	final CellStyle text;

	/** Text that may wrap over several lines (item names, free text). */
	final CellStyle wrapped;

	final CellStyle center;

	final CellStyle amount;

	/** Bold amounts for the 実績 and 計 rows. */
	final CellStyle amountBold;

	final CellStyle rate;

	final CellStyle count;

	final CellStyle dateTime;

	private final Workbook workbook;

	private final DataFormat formats;

	private final Map<Integer, CellStyle> decimals = new HashMap<>();

	XlsxStyles(Workbook workbook) {
		this.workbook = workbook;
		this.formats = workbook.createDataFormat();
		Font bold = workbook.createFont();
		bold.setBold(true);
		Font big = workbook.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 14);
		title = workbook.createCellStyle();
		title.setFont(big);
		subtitle = workbook.createCellStyle();
		subtitle.setFont(bold);
		header = bordered();
		header.setFont(bold);
		header.setAlignment(HorizontalAlignment.CENTER);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setWrapText(true);
		text = bordered();
		wrapped = bordered();
		wrapped.setWrapText(true);
		center = bordered();
		center.setAlignment(HorizontalAlignment.CENTER);
		amount = bordered();
		amount.setDataFormat(formats.getFormat(AMOUNT_FORMAT));
		amountBold = bordered();
		amountBold.setDataFormat(formats.getFormat(AMOUNT_FORMAT));
		amountBold.setFont(bold);
		rate = bordered();
		rate.setDataFormat(formats.getFormat("0.00"));
		count = bordered();
		count.setAlignment(HorizontalAlignment.CENTER);
		dateTime = bordered();
		dateTime.setDataFormat(formats.getFormat("yyyy/m/d h:mm"));
		dateTime.setAlignment(HorizontalAlignment.LEFT);
	}

	/** A figure with {@code scale} decimals (57.4 stays 57.4, 4,860,717 gets separators), △ for negatives. */
	CellStyle decimal(int scale) {
		if (scale <= 0) {
			return amount;
		}
		return decimals.computeIfAbsent(Math.min(scale, 6), s -> {
			CellStyle style = bordered();
			String pattern = "#,##0." + "0".repeat(s);
			style.setDataFormat(formats.getFormat(pattern + ";\"△\"" + pattern));
			return style;
		});
	}

	/**
	 * The style of a table cell: by its column's style and value (a figure keeps its decimals, a text in
	 * a figure column wraps); {@code bold} for a 計 row.
	 */
	CellStyle of(Column.Style style, Object value, boolean bold) {
		return switch (style) {
			case TEXT, WRAPPED, CENTER -> bold ? header : style == Column.Style.TEXT ? text
					: style == Column.Style.WRAPPED ? wrapped : center;
			case AMOUNT -> bold ? amountBold : amount;
			case FIGURE -> value instanceof BigDecimal figure ? decimal(XlsxCells.scale(figure)) : wrapped;
			case RATE -> rate;
			case COUNT -> count;
			case DATE_TIME -> bold ? header : dateTime;
		};
	}

	private CellStyle bordered() {
		CellStyle style = workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		return style;
	}

}
