package jp.reform.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import jp.reform.survey.consolidate.CategorySummary;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.consolidate.SubcategorySummary;
import jp.reform.survey.consolidate.YearFigures;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Department text that looks like a formula reaches the CSV and the xlsx a colleague opens as
 * inert text (OWASP CSV injection), while amounts, including negative ones, stay numbers.
 */
class SafeSpreadsheetOutputTests {

	static final String PLAN = "=HYPERLINK(\"http://evil.example/\",\"開く\")";

	static final String CATEGORY = "+cmd|' /C calc'!A0";

	static final String SUBCATEGORY = "@SUM(1+1)*cmd|' /C calc'!A0";

	static final String ITEM = "-2+3+cmd|' /C calc'!A0";

	static final String DEPARTMENT = "\t=1+1";

	@TempDir
	Path out;

	@BeforeEach
	void writeReports() throws Exception {
		List<SourcedValue> values = List.of(
				new SourcedValue(Field.YEAR_LABEL, 2023, null, "令和5年度", null, null, false, "令和5年度", "s", "A14"),
				new SourcedValue(Field.EFFECT_TARGET, 2023, new BigDecimal("1000"), null, "千円", null, false, "1000", "s",
						"D14"),
				new SourcedValue(Field.EFFECT_ACTUAL, 2023, new BigDecimal("-395"), null, "千円", null, false, "△395", "s",
						"E14"),
				new SourcedValue(Field.KPI_ACTUAL, 2023, new BigDecimal("-1.5"), null, "%", null, false, "-1.5%", "s", "G14"));
		CurrentItem item = new CurrentItem(1, PLAN, 1, "Ⅰ", CATEGORY, 1, "①", SUBCATEGORY, 1, ITEM, DEPARTMENT,
				List.of(DEPARTMENT), "-指標", "%", "=evil.xlsx", LocalDateTime.of(2024, 5, 10, 0, 0), values);
		YearFigures year = new YearFigures(2023, new BigDecimal("1000"), new BigDecimal("-395"), new BigDecimal("-39.50"),
				0);
		SubcategorySummary sub = new SubcategorySummary("①", SUBCATEGORY, 1, 0, List.of(year), new BigDecimal("1000"),
				new BigDecimal("-395"), new BigDecimal("-39.50"));
		PlanSummary plan = new PlanSummary(PLAN, 2023, List.of(2023), List.of(new CategorySummary("Ⅰ", CATEGORY,
				List.of(sub))), List.of(year), new BigDecimal("1000"), new BigDecimal("-395"), new BigDecimal("-39.50"),
				1, 0, BigDecimal.ZERO, List.of(item));
		new ReportWriter(null).write(new ReportData(List.of(plan), List.of(), List.of(), LocalDateTime.now()), out);
	}

	@Test
	void csvTextCannotRunAsAFormulaButNegativeAmountsStayNumbers() throws Exception {
		List<String> lines = Files.readAllLines(out.resolve(ReportWriter.CSV), StandardCharsets.UTF_8);
		assertThat(lines).hasSize(2);
		List<String> fields = CsvRows.fields(lines.get(1));
		assertThat(fields).hasSize(11);
		assertThat(fields.get(0)).isEqualTo("'" + PLAN);
		assertThat(fields.get(2)).isEqualTo("'" + CATEGORY);
		assertThat(fields.get(4)).isEqualTo("'" + SUBCATEGORY);
		assertThat(fields.get(6)).isEqualTo("1000");
		assertThat(fields.get(7)).isEqualTo("-395");
		assertThat(fields.get(8)).isEqualTo("-39.50");
		for (String field : fields) {
			assertThat(field).as("no field starts a formula").doesNotStartWith("=").doesNotStartWith("+")
				.doesNotStartWith("@").doesNotStartWith("\t");
		}
	}

	@Test
	void xlsxTextCellsAreNeutralizedAndAmountsAreNumericCells() throws Exception {
		try (InputStream in = Files.newInputStream(out.resolve(ReportWriter.WORKBOOK));
				Workbook workbook = WorkbookFactory.create(in)) {
			Sheet summary = workbook.getSheet("推進項目の一覧");
			assertThat(string(summary, 0, 0)).isEqualTo("推進項目の一覧（" + PLAN + "）");
			assertThat(string(summary, 4, 0)).isEqualTo("Ⅰ " + CATEGORY);
			Cell actual = summary.getRow(5).getCell(4);
			assertThat(actual.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(actual.getNumericCellValue()).isEqualTo(-395.0);

			SheetColumns items = SheetColumns.of(workbook.getSheet("実施項目一覧"));
			Row row = items.rows().get(0);
			assertThat(items.cell(row, "計画名").getStringCellValue()).isEqualTo("'" + PLAN);
			assertThat(items.cell(row, "実施項目").getStringCellValue()).isEqualTo("'" + ITEM);
			assertThat(items.cell(row, "所管課").getStringCellValue()).isEqualTo("'" + DEPARTMENT);
			assertThat(items.cell(row, "成果指標").getStringCellValue()).startsWith("'-指標");
			assertThat(items.cell(row, "提出ファイル").getStringCellValue()).isEqualTo("'=evil.xlsx");
			assertThat(items.cell(row, "効果額（千円）").getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(items.cell(row, "効果額（千円）").getNumericCellValue()).isEqualTo(-395.0);
			assertThat(items.cell(row, "成果状況").getNumericCellValue()).isEqualTo(-1.5);
			for (Sheet sheet : workbook) {
				for (Row r : sheet) {
					for (Cell cell : r) {
						assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isNotEqualTo(CellType.FORMULA);
					}
				}
			}
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = { "=1+1|'=1+1", "+1+1|'+1+1", "-1+1|'-1+1", "@A1|'@A1",
			"-395|-395", "+1.5|+1.5", "-|'-", "財政課|財政課", "a=b|a=b" })
	void neutralizesOnlyWhatCouldRunAsAFormula(String text, String expected) {
		assertThat(SpreadsheetText.neutralize(text)).isEqualTo(expected);
		assertThat(SpreadsheetText.neutralize("\t=1")).isEqualTo("'\t=1");
		assertThat(SpreadsheetText.neutralize("\r=1")).isEqualTo("'\r=1");
	}

	/** The string of a cell known to hold text. */
	private static String string(Sheet sheet, int row, int col) {
		return sheet.getRow(row).getCell(col).getStringCellValue();
	}

}
