package jp.reform.survey.feedback;

import java.util.HashMap;
import java.util.Map;

import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.MergedRange;
import jp.reform.survey.workbook.SheetGrid;
import jp.reform.survey.workbook.WorkbookGrid;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An .xlsx holding what a workbook the copy writer cannot open in its own format (an .ods) says:
 * every sheet with its values, dates and merged ranges, hidden sheets hidden. Formats, formulas and
 * drawings are not carried over; the feedback page says so.
 */
final class GridCopy {

	private GridCopy() {
	}

	static Workbook toXlsx(WorkbookGrid grid) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Map<String, CellStyle> styles = new HashMap<>();
		for (SheetGrid source : grid.sheets()) {
			Sheet sheet = workbook.createSheet(source.name());
			if (source.hidden()) {
				workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
			}
			for (int r : source.rowIndices()) {
				Row row = sheet.createRow(r);
				for (GridCell cell : source.row(r)) {
					copy(cell, row.createCell(cell.col()), workbook, styles);
				}
			}
			for (MergedRange range : source.merged()) {
				sheet.addMergedRegionUnsafe(new CellRangeAddress(range.firstRow(), range.lastRow(), range.firstCol(),
						range.lastCol()));
			}
		}
		return workbook;
	}

	private static void copy(GridCell from, Cell to, Workbook workbook, Map<String, CellStyle> styles) {
		if (from.date() != null) {
			to.setCellValue(from.date());
			to.setCellStyle(style(workbook, styles, "yyyy/m/d"));
		}
		else if (from.isNumber()) {
			to.setCellValue(from.number().doubleValue());
			if (from.formatString() != null && from.formatString().contains("%")) {
				to.setCellStyle(style(workbook, styles, "0.0%"));
			}
		}
		else if (from.isError()) {
			try {
				to.setCellErrorValue(FormulaError.forString(from.error()).getCode());
			}
			catch (IllegalArgumentException ex) {
				to.setCellValue(from.error()); // Calc's own error texts (Err:502) have no Excel code
			}
		}
		else {
			to.setCellValue(from.text());
		}
	}

	private static CellStyle style(Workbook workbook, Map<String, CellStyle> styles, String format) {
		return styles.computeIfAbsent(format, f -> {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat(f));
			return style;
		});
	}

}
