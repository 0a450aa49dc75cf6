package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.reform.survey.fixture.ProseDraft;
import jp.reform.survey.fixture.YearsAcrossDraft;
import jp.reform.survey.fixture.draft.DraftWorkbook;
import jp.reform.survey.fixture.draft.DraftWriter;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Layouts an office describes in its own profile folder ({@code reform.profiles}), through the whole job:
 * every value stored with its sheet and cell. Subclasses choose the database.
 */
@SpringBootTest(properties = "reform.job.run-on-startup=false")
@Import(ConsolidationRuns.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OfficeLayoutsJobFunctionalTests {

	/** The office's profile folder, written once for the Spring context that reads it at start. */
	private static final Path PROFILES = profiles();

	@Autowired
	ConsolidationRuns runs;

	@Autowired
	JdbcClient jdbc;

	private Path work;

	@DynamicPropertySource
	static void officeProfiles(DynamicPropertyRegistry registry) {
		registry.add("reform.profiles", PROFILES::toString);
	}

	private static Path profiles() {
		try {
			Path dir = Files.createTempDirectory("office-profiles");
			Files.writeString(dir.resolve("tatekei.yml"), YearsAcrossDraft.PROFILE);
			Files.writeString(dir.resolve("card.yml"), ProseDraft.PROFILE);
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One inbox with every shape, loaded by one run of the job. */
	@BeforeAll
	void run() throws Exception {
		work = Files.createTempDirectory("office-layouts");
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		for (DraftWorkbook workbook : YearsAcrossDraft.workbooks(LocalDateTime.of(2025, 5, 20, 9, 0))) {
			DraftWriter.write(workbook, inbox);
		}
		DraftWriter.write(ProseDraft.workbook(LocalDateTime.of(2025, 5, 21, 9, 0)), inbox);

		JobExecution run = runs.run(inbox, work.resolve("out"));

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void yearsAcrossFormsLoadEveryValueAtItsCell() {
		assertThat(statuses()).containsEntry(YearsAcrossDraft.TAX, "LOADED")
			.containsEntry(YearsAcrossDraft.FINANCE, "LOADED")
			.containsEntry(YearsAcrossDraft.PERSONNEL, "LOADED_WITH_WARNINGS");
		assertThat(values(YearsAcrossDraft.PLAN, "市税の収納率向上", "effect_actual")).containsExactly(
				"2023 -200 ▲200 取組1!B13", "2024 -50 -50 取組1!C13");
		assertThat(values(YearsAcrossDraft.PLAN, "市税の収納率向上", "effect_target")).containsExactly(
				"2023 1000 1000 取組1!B12", "2024 1200 １，２００ 取組1!C12", "2025 1500 1500 取組1!D12");
		assertThat(values(YearsAcrossDraft.PLAN, "市税の収納率向上", "schedule")).containsExactly(
				"2023 実施 実施 取組1!B10", "2024 実施 実施 取組1!C10", "2025 実施 ↓ 取組1!D10");
		assertThat(values(YearsAcrossDraft.PLAN, "使用料の見直し", "year_label")).containsExactly(
				"2023 令和5年度 5 取組2!B9", "2024 令和6年度 6 取組2!D9", "2025 令和7年度 7 取組2!F9");
		assertThat(values(YearsAcrossDraft.PLAN, "事務事業の見直し", "effect_actual")).containsExactly(
				"2023 -1200 -1200 取組!B13", "2024 -300 △300 取組!C13");
		assertThat(values(YearsAcrossDraft.PLAN, "時間外勤務の縮減", "progress")).containsExactly(
				"2023 実施 実施 時間外勤務!B11", "2024 実施 実施 時間外勤務!C11");
		assertThat(warnings(YearsAcrossDraft.PERSONNEL))
			.containsExactly("A14 行の見出し「担当者メモ」は様式定義（yearTable.rows）にないため、この行の値は読み込んでいません");
	}

	@Test
	void proseUnderItsHeadingIsStoredAtItsCell() {
		assertThat(statuses()).containsEntry(ProseDraft.FILE, "LOADED");
		assertThat(values(ProseDraft.PLAN, "窓口のオンライン化", "current_state"))
			.containsExactly("null " + ProseDraft.CURRENT + " " + ProseDraft.CURRENT + " 取組1!A7");
		assertThat(values(ProseDraft.PLAN, "窓口のオンライン化", "activities"))
			.containsExactly("null " + ProseDraft.ACTIVITIES + " " + ProseDraft.ACTIVITIES + " 取組1!A11");
	}

	@AfterAll
	void removeWork() throws IOException {
		org.springframework.util.FileSystemUtils.deleteRecursively(work);
	}

	/** "cell message" of a file's warnings. */
	List<String> warnings(String file) {
		return jdbc.sql("""
				SELECT f.cell_ref, f.message FROM finding f JOIN submission s ON s.id = f.submission_id
				WHERE s.file_name = ? AND f.severity = 'WARNING' ORDER BY f.id
				""").param(file).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list();
	}

	static final String CURRENT = """
			SELECT v.fiscal_year, v.num_value, v.text_value, v.raw_text, v.sheet_name, v.cell_ref
			FROM item_value v JOIN current_item_version cur ON cur.id = v.item_version_id
			JOIN item_version iv ON iv.id = cur.id JOIN item i ON i.id = iv.item_id
			JOIN subcategory sc ON sc.id = i.subcategory_id JOIN category c ON c.id = sc.category_id
			JOIN plan p ON p.id = c.plan_id WHERE p.name = ? AND iv.name = ? AND v.field = ?
			ORDER BY v.fiscal_year, v.id
			""";

	/** "year value raw sheet!cell" of each stored value of one field of one item. */
	List<String> values(String plan, String item, String field) {
		return jdbc.sql(CURRENT).params(plan, item, field).query((rs, n) -> {
			java.math.BigDecimal number = rs.getBigDecimal(2);
			String value = number != null ? number.stripTrailingZeros().toPlainString() : rs.getString(3);
			return rs.getObject(1) + " " + value + " " + rs.getString(4) + " " + rs.getString(5) + "!" + rs.getString(6);
		}).list();
	}

	Map<String, String> statuses() {
		Map<String, String> statuses = new HashMap<>();
		jdbc.sql("SELECT file_name, status FROM submission").query((rs, n) -> statuses.put(rs.getString(1), rs.getString(2)))
			.list();
		return statuses;
	}

}
