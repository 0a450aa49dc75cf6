package jp.reform.survey.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PoiWorkbookReaderTests {

	@TempDir
	Path dir;

	private final PoiWorkbookReader reader = new PoiWorkbookReader();

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void readsTextNumbersMergedRangesAndCachedFormulaValues(String extension) throws Exception {
		Path file = dir.resolve("form." + extension);
		try (Workbook wb = extension.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet("項目1");
			Row r0 = sheet.createRow(0);
			r0.createCell(0).setCellValue("実施項目");
			r0.createCell(1).setCellValue("固定資産税の課税客体の適切な把握");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 5));
			Row r1 = sheet.createRow(1);
			r1.createCell(0).setCellValue(46492);
			r1.createCell(1).setCellValue(0.1);
			r1.createCell(2).setCellFormula("A2+1");
			r1.createCell(3).setCellFormula("1/0");
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			Sheet hidden = wb.createSheet("リスト");
			hidden.createRow(0).createCell(0).setCellValue("実施");
			wb.setSheetHidden(1, true);
			write(wb, file);
		}

		WorkbookGrid grid = reader.read(file);

		assertThat(grid.sheets()).extracting(SheetGrid::name).containsExactly("項目1", "リスト");
		SheetGrid sheet = grid.sheets().get(0);
		assertThat(sheet.hidden()).isFalse();
		assertThat(grid.sheets().get(1).hidden()).isTrue();
		assertThat(sheet.valueRightOf(0, 0)).map(GridCell::text).contains("固定資産税の課税客体の適切な把握");
		assertThat(sheet.merged()).containsExactly(new MergedRange(0, 0, 1, 5));
		assertThat(sheet.cell(1, 0).orElseThrow().number()).isEqualByComparingTo("46492");
		assertThat(sheet.cell(1, 1).orElseThrow().number()).isEqualTo(new BigDecimal("0.1"));
		GridCell formula = sheet.cell(1, 2).orElseThrow();
		assertThat(formula.formula()).isTrue();
		assertThat(formula.number()).isEqualByComparingTo("46493");
		assertThat(sheet.cell(1, 3).orElseThrow().error()).isEqualTo("#DIV/0!");
		assertThat(formula.ref()).isEqualTo("C2");
	}

	@Test
	void recognisesJapaneseEraDateFormatsPoiDoesNotReportAsDates() throws Exception {
		Path file = dir.resolve("era.xlsx");
		try (Workbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet("s");
			CellStyle era = wb.createCellStyle();
			era.setDataFormat(wb.createDataFormat().getFormat("[$-411]ggge\"年\"m\"月\"d\"日\""));
			Cell cell = sheet.createRow(0).createCell(0);
			cell.setCellValue(LocalDate.of(2024, 4, 1));
			cell.setCellStyle(era);
			write(wb, file);
		}

		GridCell cell = reader.read(file).sheets().get(0).cell(0, 0).orElseThrow();

		assertThat(cell.date()).isNotNull();
		assertThat(cell.date().toLocalDate()).isEqualTo(LocalDate.of(2024, 4, 1));
	}

	@Test
	void aFiscalYearDateFormatIsADateButAYearNumberFormatIsNot() throws Exception {
		Path file = dir.resolve("fiscal.xlsx");
		try (Workbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet("s");
			CellStyle fiscal = wb.createCellStyle();
			fiscal.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年度\""));
			Cell date = sheet.createRow(0).createCell(0);
			date.setCellValue(LocalDate.of(2021, 4, 1));
			date.setCellStyle(fiscal);
			CellStyle number = wb.createCellStyle();
			number.setDataFormat(wb.createDataFormat().getFormat("0\"年度\""));
			Cell year = sheet.createRow(1).createCell(0);
			year.setCellValue(2021);
			year.setCellStyle(number);
			sheet.createRow(2).createCell(0).setCellValue(3); // a bare 3 (令和3年度) in the General format
			write(wb, file);
		}

		var grid = reader.read(file).sheets().get(0);

		assertThat(grid.cell(0, 0).orElseThrow().date().toLocalDate()).isEqualTo(LocalDate.of(2021, 4, 1));
		assertThat(grid.cell(1, 0).orElseThrow().date()).isNull();
		assertThat(grid.cell(2, 0).orElseThrow().date()).isNull();
	}

	@Test
	void aNumberInTheGeneralFormatIsNotADate() throws Exception {
		Path file = dir.resolve("general.xlsx");
		try (Workbook wb = new XSSFWorkbook()) {
			wb.createSheet("s").createRow(0).createCell(0).setCellValue(7);
			write(wb, file);
		}

		GridCell cell = reader.read(file).sheets().get(0).cell(0, 0).orElseThrow();

		// a bare 7 in the 年度 column is 令和7年度, not 1900-01-07 ("General" contains the era letters "Ge")
		assertThat(cell.formatString()).isEqualTo("General");
		assertThat(cell.date()).isNull();
	}

	@Test
	void notAWorkbookIsAReadableErrorNotACrash() throws IOException {
		Path file = dir.resolve("random.xlsx");
		Files.write(file, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });

		assertThatThrownBy(() -> reader.read(file)).isInstanceOf(WorkbookReadException.class)
			.hasMessageContaining("Excelブックとして読めません");
	}

	@Test
	void columnLettersFollowExcel() {
		assertThat(CellRefs.a1(0, 0)).isEqualTo("A1");
		assertThat(CellRefs.a1(13, 25)).isEqualTo("Z14");
		assertThat(CellRefs.a1(0, 26)).isEqualTo("AA1");
		assertThat(CellRefs.a1(99, 701)).isEqualTo("ZZ100");
		assertThat(CellRefs.a1(0, 702)).isEqualTo("AAA1");
	}

	private static void write(Workbook wb, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			wb.write(out);
		}
	}

}
