package jp.reform.survey.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.reform.survey.cli.ConsolidationCommand;
import jp.reform.survey.fixture.PublishedTable;
import jp.reform.survey.report.ReportWriter;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Generate → fill in as a department would → drop into the inbox → the consolidated output holds
 * exactly the filled values.
 */
@SpringBootTest(properties = { "reform.job.run-on-startup=false",
		"spring.datasource.url=jdbc:h2:mem:forms;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class FormRoundTripFunctionalTests {

	static final int SURVEY_YEAR = 2023;

	@Autowired
	ConsolidationCommand command;

	@Autowired
	FormGenerator generator;

	@TempDir
	Path work;

	@Test
	void filledFormsComeBackAsExactlyTheFilledValues() throws Exception {
		Path inbox = FilledForm.sampleConsolidated(command, work);

		List<Path> forms = generator.generate(null, SURVEY_YEAR, LocalDate.of(2024, 6, 28), Path.of("templates"),
				work.resolve("forms"));

		assertThat(forms).hasSize(25);
		assertFormShape(forms.get(0));
		for (Path form : forms) {
			fillIn(form, inbox.resolve("返送_" + form.getFileName()), LocalDate.now(), 1000);
		}
		assertThat(command.run(inbox, work.resolve("out1"))).isEqualTo(ConsolidationCommand.OK);

		Map<String, String[]> csv = csv(work.resolve("out1"));
		for (PublishedTable.Row row : PublishedTable.load().rows()) {
			String key = row.categoryCode() + row.subcategoryCode();
			String[] filled = csv.get(key + SURVEY_YEAR);
			assertThat(filled[7]).as("effect actual %s", key).isEqualTo(Integer.toString(1000 * row.planned()));
			assertThat(filled[10]).as("implemented %s as of 令和5年度 (all filled 中止)", key).isEqualTo("0");
			String[] earlier = csv.get(key + 2022);
			assertThat(Long.parseLong(earlier[7])).as("untouched year %s", key).isEqualTo(row.actual(2022));
			assertThat(Long.parseLong(filled[6])).as("target kept %s", key).isEqualTo(row.target(SURVEY_YEAR));
		}
		Document summary = Jsoup.parse(work.resolve("out1").resolve(ReportWriter.SUMMARY).toFile(), "UTF-8");
		assertThat(summary.select("table.form-tracking tbody tr")).hasSize(25)
			.allSatisfy(tr -> assertThat(tr.attr("data-returned")).isEqualTo("true"));
	}

	private static void assertFormShape(Path form) throws Exception {
		try (InputStream in = Files.newInputStream(form); Workbook wb = WorkbookFactory.create(in)) {
			assertThat(wb.getSheetName(0)).isEqualTo("表紙");
			Sheet meta = wb.getSheet(SurveyFormWriter.METADATA_SHEET);
			assertThat(wb.getSheetVisibility(wb.getSheetIndex(meta))).isEqualTo(SheetVisibility.VERY_HIDDEN);
			assertThat(meta.getRow(3).getCell(1).getStringCellValue()).isEqualTo("2023");
			XSSFSheet item = (XSSFSheet) wb.getSheetAt(1);
			assertThat(item.isSheetLocked()).isTrue();
			FilledForm.YearTable table = FilledForm.yearTable(item);
			assertThat(table.headers()).containsExactly("年度", "実施スケジュール", "進捗", "効果目標額（千円）", "効果額（千円）", "数値目標",
					"成果状況", "達成率（%）", "備考");
			Row first = table.row("令和元年度");
			Row surveyed = table.row("令和5年度");
			assertThat(first.getCell(table.column("進捗")).getCellStyle().getLocked()).as("last years read-only").isTrue();
			assertThat(surveyed.getCell(table.column("進捗")).getCellStyle().getLocked()).as("surveyed year open").isFalse();
			assertThat(item.getRow(2).getCell(0).getCellStyle().getLocked()).as("labels locked").isTrue();
			assertThat(item.getDataValidations()).extracting(DataValidation::getValidationConstraint)
				.extracting(c -> c.getValidationType())
				.contains(org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.LIST,
						org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.DECIMAL);
		}
	}

	/** What a department does: 進捗 中止, the given 効果額 on every item, its 提出日 on the cover. */
	static void fillIn(Path form, Path returned, LocalDate submitted, int effect) throws Exception {
		try (InputStream in = Files.newInputStream(form); Workbook wb = WorkbookFactory.create(in)) {
			Sheet cover = wb.getSheet("表紙");
			for (Row row : cover) {
				if (row.getCell(1) != null && "提出日".equals(row.getCell(1).getStringCellValue())) {
					row.getCell(2).setCellValue(submitted);
				}
			}
			for (Sheet sheet : wb) {
				if (sheet.getSheetName().matches("[ⅠⅡⅢⅣ]-.*")) {
					FilledForm.YearTable table = FilledForm.yearTable(sheet);
					Row row = table.row("令和5年度");
					row.getCell(table.column("進捗")).setCellValue("中止");
					row.getCell(table.column("効果額（千円）")).setCellValue(effect);
				}
			}
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			try (OutputStream out = Files.newOutputStream(returned)) {
				wb.write(out);
			}
		}
	}

	static Map<String, String[]> csv(Path output) throws Exception {
		Map<String, String[]> rows = new HashMap<>();
		for (String line : Files.readAllLines(output.resolve(ReportWriter.CSV), StandardCharsets.UTF_8)) {
			String[] f = line.split(",", -1);
			rows.put(f[1] + f[3] + f[5], f);
		}
		return rows;
	}

}
