package jp.reform.survey.workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads .xlsx, .xlsm and .xls with POI's user model, read-only. Formula cells yield their cached
 * values; nothing is recalculated, so what the department saw is what we read.
 */
public class PoiWorkbookReader implements WorkbookReader {

	@Override
	public WorkbookGrid read(Path file) throws WorkbookReadException {
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			List<SheetGrid> sheets = new ArrayList<>();
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
				sheets.add(readSheet(workbook.getSheetAt(i), hidden));
			}
			return new WorkbookGrid(file.getFileName().toString(), sheets, modified(workbook));
		}
		catch (EncryptedDocumentException ex) {
			throw new WorkbookReadException("パスワードで保護されたブックは読めません。保護を解除して再提出してください。", ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new WorkbookReadException("Excelブックとして読めません（" + describe(ex) + "）", ex);
		}
	}

	private static String describe(Exception ex) {
		String message = ex.getMessage();
		return ex.getClass().getSimpleName() + (message == null ? "" : ": " + firstLine(message));
	}

	private static String firstLine(String message) {
		int nl = message.indexOf('\n');
		String line = nl < 0 ? message : message.substring(0, nl);
		return line.length() > 200 ? line.substring(0, 200) + "…" : line;
	}

	private static LocalDateTime modified(Workbook workbook) {
		if (workbook instanceof POIXMLDocument doc && doc.getProperties() != null) {
			var core = doc.getProperties().getCoreProperties();
			if (core.getModified() != null) {
				return LocalDateTime.ofInstant(core.getModified().toInstant(), ZoneId.of("Asia/Tokyo"));
			}
		}
		return null;
	}

	private SheetGrid readSheet(Sheet sheet, boolean hidden) {
		SheetGrid grid = new SheetGrid(sheet.getSheetName(), hidden);
		for (CellRangeAddress range : sheet.getMergedRegions()) {
			grid.addMerged(new MergedRange(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(),
					range.getLastColumn()));
		}
		for (Row row : sheet) {
			for (Cell cell : row) {
				GridCell gridCell = toGridCell(cell);
				if (gridCell != null) {
					grid.put(gridCell);
				}
			}
		}
		return grid;
	}

	private GridCell toGridCell(Cell cell) {
		boolean formula = cell.getCellType() == CellType.FORMULA;
		CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
		String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
		int row = cell.getRowIndex();
		int col = cell.getColumnIndex();
		return switch (type) {
			case STRING -> new GridCell(row, col, cell.getStringCellValue(), null, null, format, null, formula);
			case NUMERIC -> numeric(cell, row, col, format, formula);
			case BOOLEAN -> new GridCell(row, col, String.valueOf(cell.getBooleanCellValue()).toUpperCase(), null,
					null, format, null, formula);
			case ERROR -> new GridCell(row, col, null, null, null, format, errorText(cell.getErrorCellValue()),
					formula);
			default -> null;
		};
	}

	private GridCell numeric(Cell cell, int row, int col, String format, boolean formula) {
		double value = cell.getNumericCellValue();
		// Double.toString gives the shortest decimal that round-trips, i.e. what Excel displays as the value.
		BigDecimal number = plain(new BigDecimal(Double.toString(value)));
		LocalDateTime date = null;
		short formatIndex = cell.getCellStyle() == null ? 0 : cell.getCellStyle().getDataFormat();
		if (CellDates.isDate(formatIndex, format, value)) {
			date = DateUtil.getLocalDateTime(value);
		}
		return new GridCell(row, col, null, number, date, format, null, formula);
	}

	private static BigDecimal plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static String errorText(byte code) {
		try {
			return FormulaError.forInt(code).getString();
		}
		catch (IllegalArgumentException ex) {
			return "#ERROR";
		}
	}

}
