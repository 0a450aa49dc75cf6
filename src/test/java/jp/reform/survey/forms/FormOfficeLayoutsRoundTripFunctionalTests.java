package jp.reform.survey.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.reform.survey.cli.ConsolidationCommand;
import jp.reform.survey.fixture.OfficeProfiles;
import jp.reform.survey.fixture.ProseDraft;
import jp.reform.survey.fixture.YearsAcrossDraft;
import jp.reform.survey.fixture.draft.DraftWorkbook;
import jp.reform.survey.fixture.draft.DraftWriter;
import jp.reform.survey.store.ConsolidationQueries;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The round trip for layouts an office describes in its own profile folder: the years-across sheet
 * (縦型フォーム + 年度横並び) and the card with its prose under the headings. Their forms have the standard
 * shape — the years down, a column per row label (取組予定, 進捗状況, 目標効果額, 実績効果額) — and come back
 * as the same fields: every item holds what it held plus exactly what was filled in.
 */
@SpringBootTest(properties = { "reform.job.run-on-startup=false",
		"spring.datasource.url=jdbc:h2:mem:formoffice;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class FormOfficeLayoutsRoundTripFunctionalTests {

	private static final Path PROFILES = OfficeProfiles.folder();

	@Autowired
	ConsolidationCommand command;

	@Autowired
	FormGenerator generator;

	@Autowired
	ConsolidationQueries queries;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path work;

	@DynamicPropertySource
	static void officeProfiles(DynamicPropertyRegistry registry) {
		registry.add("reform.profiles", PROFILES::toString);
	}

	@Test
	void yearsAcrossAndProseCardFormsComeBackAsWhatTheyHeldPlusExactlyTheFilledValues() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		for (DraftWorkbook workbook : YearsAcrossDraft.workbooks(LocalDateTime.of(2025, 5, 20, 9, 0))) {
			DraftWriter.write(workbook, inbox);
		}
		DraftWriter.write(ProseDraft.workbook(LocalDateTime.of(2025, 5, 21, 9, 0)), inbox);
		command.run(inbox, work.resolve("out0"));
		Map<String, Set<String>> before = FormLayoutsRoundTripFunctionalTests.measures(queries.currentItems());

		// no report year: the year after the latest result (令和6年度 効果額 → 令和7年度)
		List<Path> across = generator.generate(YearsAcrossDraft.PLAN, null, LocalDate.of(2026, 5, 29),
				Path.of("templates"), work.resolve("forms-across"));
		List<Path> cards = generator.generate(ProseDraft.PLAN, 2025, LocalDate.of(2026, 5, 29), Path.of("templates"),
				work.resolve("forms-card"));

		try (InputStream in = Files.newInputStream(across.get(0)); Workbook wb = WorkbookFactory.create(in)) {
			FilledForm.YearTable table = FilledForm.yearTable(wb.getSheetAt(1));
			assertThat(table.headers()).containsExactly("年度", "取組予定", "進捗状況", "目標効果額（千円）", "実績効果額（千円）");
			assertThat(table.row("令和5年度")).isNotNull();
			assertThat(table.row("令和7年度").getCell(table.column("実績効果額（千円）")).getCellStyle().getLocked()).isFalse();
		}
		Map<String, Set<String>> expected = new HashMap<>(before);
		for (Path form : across) {
			FormLayoutsRoundTripFunctionalTests.fill(form, inbox.resolve("返送_" + form.getFileName()), "令和7年度",
					Map.of("進捗状況", "完了", "実績効果額（千円）", 1400), expected, YearsAcrossDraft.PLAN, 2025,
					List.of("progress|2025||完了||||", "effect_actual|2025|1400||千円|||"));
		}
		for (Path form : cards) {
			FormLayoutsRoundTripFunctionalTests.fill(form, inbox.resolve("返送_" + form.getFileName()), "令和7年度",
					Map.of("進捗", "実施"), expected, ProseDraft.PLAN, 2025, List.of("progress|2025||実施||||"));
		}
		command.run(inbox, work.resolve("out1"));

		Map<String, Set<String>> after = FormLayoutsRoundTripFunctionalTests.measures(queries.currentItems());
		assertThat(after.keySet()).isEqualTo(expected.keySet());
		after.forEach((item, values) -> assertThat(values).as(item).containsExactlyInAnyOrderElementsOf(expected.get(item)));
		assertThat(across).hasSize(3);
		assertThat(cards).hasSize(1);
		assertThat(jdbc.sql("SELECT status FROM submission WHERE file_name LIKE '返送_%'").query(String.class).list())
			.as("every returned form loads without a warning").hasSize(4).containsOnly("LOADED");
	}

}
