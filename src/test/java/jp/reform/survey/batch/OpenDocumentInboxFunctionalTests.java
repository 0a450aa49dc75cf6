package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.reform.survey.ReformSurveyApplication;
import jp.reform.survey.cli.ConsolidationCommand;
import jp.reform.survey.fixture.HostileFiles;
import jp.reform.survey.fixture.SampleInbox;
import jp.reform.survey.fixture.Soffice;
import jp.reform.survey.fixture.WorkbookEdits;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An office working in LibreOffice: the 25 sample workbooks saved by real LibreOffice Calc as
 * .ods (soffice --convert-to ods) consolidate to the published 「推進項目の一覧」 exactly, and so
 * does an inbox mixing .xlsx, .xlsm, .xls and .ods; a department's .ods with an error gets its
 * feedback page and a marked copy.
 */
class OpenDocumentInboxFunctionalTests {

	@TempDir
	Path work;

	private final PublishedTableAssertions published = new PublishedTableAssertions();

	@Test
	void theSampleSavedAsOdsConsolidatesToThePublishedTable() throws Exception {
		List<Path> originals = SampleInbox.write(work.resolve("originals"));
		Path inbox = work.resolve("inbox");
		List<Path> converted = Soffice.convert(originals, "ods", inbox);

		Path output = work.resolve("out-ods");
		Map<String, String> statuses = run(inbox, output, "ods");

		assertThat(statuses).hasSize(25).containsOnlyKeys(converted.stream().map(p -> p.getFileName().toString()).toList());
		assertThat(statuses.values()).containsOnly("LOADED");
		published.assertAll(output);
	}

	@Test
	void aMixedInboxConsolidatesToThePublishedTable() throws Exception {
		Path inbox = work.resolve("inbox");
		List<Path> originals = SampleInbox.write(inbox);
		List<Path> every3rd = new ArrayList<>();
		for (int i = 0; i < originals.size(); i += 3) {
			every3rd.add(originals.get(i));
		}
		Soffice.convert(every3rd, "ods", inbox);
		for (Path original : every3rd) {
			Files.delete(original);
		}

		Path output = work.resolve("out-mixed");
		Map<String, String> statuses = run(inbox, output, "mixed");

		assertThat(statuses).hasSize(25);
		assertThat(statuses.keySet()).anyMatch(n -> n.endsWith(".xls")).anyMatch(n -> n.endsWith(".xlsm"))
			.anyMatch(n -> n.endsWith(".xlsx"))
			.filteredOn(n -> n.endsWith(".ods"))
			.hasSize(every3rd.size());
		assertThat(statuses.values()).containsOnly("LOADED");
		published.assertAll(output);
	}

	/**
	 * A department's .ods with an error: its feedback page lists it and links a marked copy, an .xlsx
	 * of the file's values (POI cannot write .ods) with the cell coloured and commented, and says so.
	 */
	@Test
	void aDepartmentsOdsGetsItsFindingsAndAMarkedXlsxCopy() throws Exception {
		Path scratch = HostileFiles.goodWorkbook(Files.createDirectories(work.resolve("scratch")), "上水道課",
				java.time.LocalDate.of(2024, 5, 14));
		WorkbookEdits.edit(scratch, wb -> WorkbookEdits.cell(wb, "Ⅱ-⑤-4", "E15").setCellValue("多数"));
		Path inbox = work.resolve("inbox");
		Path ods = Soffice.convert(scratch, "ods", inbox);
		Path output = work.resolve("out-feedback");

		Map<String, String> statuses = run(inbox, output, "feedback", ConsolidationCommand.COMPLETED_WITH_REJECTIONS);

		assertThat(statuses).containsExactly(Map.entry(ods.getFileName().toString(), "REJECTED"));
		Document page = Jsoup.parse(output.resolve("feedback/上水道課.html").toFile(), "UTF-8");
		assertThat(page.select("p.copy-note").text()).contains("OpenDocument（.ods）", "Excel 形式（.xlsx）");
		Path copy = output.resolve("feedback")
			.resolve(URLDecoder.decode(page.selectFirst("a.copy-link").attr("href"), StandardCharsets.UTF_8));
		assertThat(copy.getFileName().toString()).endsWith(".xlsx");
		try (InputStream in = Files.newInputStream(copy); Workbook workbook = WorkbookFactory.create(in)) {
			assertThat(workbook.getSheetName(0)).isEqualTo("指摘一覧");
			Cell amount = workbook.getSheet("Ⅱ-⑤-4").getRow(14).getCell(4);
			assertThat(amount.getStringCellValue()).isEqualTo("多数");
			assertThat(amount.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
			assertThat(amount.getCellComment().getString().getString()).startsWith("エラー: 数値として読めません: 多数");
			assertThat(workbook.getSheet("表紙").getRow(2).getCell(2).getStringCellValue()).isEqualTo("第2次行財政改革後期実施計画");
		}
	}

	/** One run of the application on its own embedded database; the statuses of the files, by name. */
	private Map<String, String> run(Path inbox, Path output, String name) {
		return run(inbox, output, name, ConsolidationCommand.OK);
	}

	private Map<String, String> run(Path inbox, Path output, String name, int expectedExit) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReformSurveyApplication.class).run(
				"--spring.datasource.url=jdbc:h2:mem:ods-" + name
						+ ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--reform.job.run-on-startup=false", "--logging.level.jp.reform.survey=WARN")) {
			int exit = context.getBean(ConsolidationCommand.class).run(inbox, output);
			assertThat(exit).isEqualTo(expectedExit);
			Map<String, String> statuses = new java.util.TreeMap<>();
			context.getBean(JdbcClient.class)
				.sql("SELECT file_name, status FROM submission")
				.query((rs, n) -> statuses.put(rs.getString(1), rs.getString(2)))
				.list();
			return statuses;
		}
	}

}
