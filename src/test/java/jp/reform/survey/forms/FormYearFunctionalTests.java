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

/** A form from the wrong year is caught; the summary tracks which distributed form came back. */
@SpringBootTest(properties = { "reform.job.run-on-startup=false",
		"spring.datasource.url=jdbc:h2:mem:formyears;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class FormYearFunctionalTests {

	private static final int SURVEY_YEAR = FormRoundTripFunctionalTests.SURVEY_YEAR;

	@Autowired
	ConsolidationCommand command;

	@Autowired
	FormGenerator generator;

	@TempDir
	Path work;

	@Test
	void aFormFromTheWrongYearIsRejectedAndNobodyHasReturnedTheNewOneYet() throws Exception {
		Path inbox = FilledForm.sampleConsolidated(command, work);
		Path old = generator.generate(null, SURVEY_YEAR, null, Path.of("templates"), work.resolve("forms2023")).get(0);
		generator.generate(null, SURVEY_YEAR + 1, null, Path.of("templates"), work.resolve("forms2024"));

		FormRoundTripFunctionalTests.fillIn(old, inbox.resolve("古い様式.xlsx"), LocalDate.now(), 7);

		assertThat(command.run(inbox, work.resolve("out1"))).isEqualTo(ConsolidationCommand.COMPLETED_WITH_REJECTIONS);
		Document summary = Jsoup.parse(work.resolve("out1").resolve(ReportWriter.SUMMARY).toFile(), "UTF-8");
		assertThat(summary.text()).contains("この調査票は令和5年度用です。");
		assertThat(summary.select("table.form-tracking tbody tr")).isNotEmpty()
			.allSatisfy(tr -> assertThat(tr.attr("data-returned")).as(tr.text()).isEqualTo("false"));
		assertThat(FormRoundTripFunctionalTests.csv(work.resolve("out1")).get("Ⅰ①" + SURVEY_YEAR)[7]).as("the old form changed nothing").isEqualTo("0");
	}

}
