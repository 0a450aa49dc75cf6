package jp.reform.survey.benchmark;

import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** The naive baseline: open with POI's user model and visit every cell's value and format. */
final class UsermodelBaseline {

	/** @return the number of cells visited, so the JIT cannot drop the work */
	long pass(Path file) throws Exception {
		long seen = 0;
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			for (Sheet sheet : workbook) {
				sheet.getMergedRegions();
				for (Row row : sheet) {
					for (Cell cell : row) {
						CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
								: cell.getCellType();
						Object value = switch (type) {
							case STRING -> cell.getStringCellValue();
							case NUMERIC -> cell.getNumericCellValue();
							case BOOLEAN -> cell.getBooleanCellValue();
							case ERROR -> cell.getErrorCellValue();
							default -> null;
						};
						String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
						if (value != null || format != null) {
							seen++;
						}
					}
				}
			}
		}
		return seen;
	}

}
