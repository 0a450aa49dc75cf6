package jp.reform.survey.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads .xlsx, .xlsm and .xls with POI's user model, read-only: the reference behaviour, and the
 * path for .xls and for anything {@link StreamingWorkbookReader}'s fast path declines. Formula
 * cells yield their cached values; nothing is recalculated, so what the department saw is what we
 * read. Holds the whole workbook in memory (POI's model takes 2–4 GB for a 200,000-row sheet).
 */
public class PoiWorkbookReader implements WorkbookReader {

	public PoiWorkbookReader() {
		// POI's zip-bomb check is process-wide: the same grace as the streaming reader, so a cell of
		// Excel's longest text is not taken for a bomb (POI's own 100 KB is less than Excel saves)
		ZipSecureFile.setGraceEntrySize(ZipLimits.GRACE_SIZE);
	}

	@Override
	public WorkbookGrid read(Path file) throws WorkbookReadException {
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			List<SheetGrid> sheets = new ArrayList<>();
			boolean date1904 = date1904(workbook);
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
				sheets.add(readSheet(workbook.getSheetAt(i), hidden, date1904));
			}
			return new WorkbookGrid(file.getFileName().toString(), sheets, modified(workbook));
		}
		catch (EncryptedDocumentException ex) {
			throw Refusals.encrypted(ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new WorkbookReadException("Excelブックとして読めません（" + describe(ex) + "）", ex);
		}
	}

	/** Whether the workbook counts days from 1904 (old Mac Excel); .xls keeps the flag elsewhere. */
	private static boolean date1904(Workbook workbook) {
		if (workbook instanceof HSSFWorkbook hssf) {
			return hssf.getInternalWorkbook().isUsing1904DateWindowing();
		}
		return workbook instanceof Date1904Support d && d.isDate1904();
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

	private SheetGrid readSheet(Sheet sheet, boolean hidden, boolean date1904) {
		SheetGrid grid = new SheetGrid(sheet.getSheetName(), hidden);
		for (CellRangeAddress range : sheet.getMergedRegions()) {
			grid.addMerged(new MergedRange(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(),
					range.getLastColumn()));
		}
		for (Row row : sheet) {
			for (Cell cell : row) {
				GridCell gridCell = toGridCell(cell, date1904);
				if (gridCell != null) {
					grid.put(gridCell);
				}
			}
		}
		return grid;
	}

	private GridCell toGridCell(Cell cell, boolean date1904) {
		boolean formula = cell.getCellType() == CellType.FORMULA;
		CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
		String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
		int row = cell.getRowIndex();
		int col = cell.getColumnIndex();
		return switch (type) {
			case STRING -> new GridCell(row, col, cell.getStringCellValue(), null, null, format, null, formula);
			case NUMERIC -> numeric(cell, row, col, format, formula, date1904);
			case BOOLEAN -> new GridCell(row, col, String.valueOf(cell.getBooleanCellValue()).toUpperCase(), null,
					null, format, null, formula);
			case ERROR -> new GridCell(row, col, null, null, null, format, errorText(cell.getErrorCellValue()),
					formula);
			default -> null;
		};
	}

	private GridCell numeric(Cell cell, int row, int col, String format, boolean formula, boolean date1904) {
		double value = cell.getNumericCellValue();
		if (!GridNumbers.representable(value)) {
			return new GridCell(row, col, null, null, null, format, GridNumbers.NOT_A_NUMBER, formula);
		}
		LocalDateTime date = null;
		short formatIndex = cell.getCellStyle() == null ? 0 : cell.getCellStyle().getDataFormat();
		if (CellDates.isDate(formatIndex, format, value)) {
			// A workbook saved in the 1904 date system (old Mac Excel) counts days from 1904-01-01.
			date = DateUtil.getLocalDateTime(value, date1904);
		}
		return new GridCell(row, col, null, GridNumbers.exact(value), date, format, null, formula);
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
