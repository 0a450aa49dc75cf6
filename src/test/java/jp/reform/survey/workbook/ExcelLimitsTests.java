package jp.reform.survey.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks at Excel's own limits are workbooks, not bombs: both readers behind the guard load them. */
class ExcelLimitsTests {

	private static final int EXCELS_LONGEST_TEXT = 32_767;

	@TempDir
	Path dir;

	@Test
	void aCellOfExcelsLongestTextLoads() throws Exception {
		Path file = dir.resolve("長い記述.xlsx");
		String text = "あ".repeat(EXCELS_LONGEST_TEXT);
		String ascii = "a".repeat(EXCELS_LONGEST_TEXT);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			var sheet = workbook.createSheet("表紙");
			sheet.createRow(0).createCell(0).setCellValue(text);
			sheet.createRow(1).createCell(0).setCellValue(ascii);
			var inline = workbook.createSheet("実施項目1");
			for (int r = 0; r < 4; r++) {
				inline.createRow(r).createCell(0).setCellValue(ascii.substring(1) + r);
			}
			workbook.write(out);
		}
		for (WorkbookReader inner : new WorkbookReader[] { new StreamingWorkbookReader(), new PoiWorkbookReader() }) {
			WorkbookGrid grid = new GuardedWorkbookReader(inner, new WorkbookLimits(1000)).read(file);
			assertThat(grid.sheets()).hasSize(2);
		}
	}

}
