package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jp.reform.survey.fixture.SampleInbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole pipeline on the shipped sample (one workbook per lead department, generated from the
 * item data of Iizuka's published report): the real job, a real database, real files. Subclasses
 * choose the database.
 */
@SpringBootTest(properties = "reform.job.run-on-startup=false")
@Import(ConsolidationRuns.class)
abstract class ConsolidationJobFunctionalTests {

	@Autowired
	ConsolidationRuns runs;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path work;

	@Test
	void reproducesThePublishedTableAndARerunLoadsNothingNew() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		List<Path> workbooks = SampleInbox.write(inbox);
		int submissionsBefore = count("submission");

		JobExecution first = runs.run(inbox, work.resolve("out1"));

		assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(count("submission") - submissionsBefore).isEqualTo(workbooks.size());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE job_execution_id = ? AND status = 'LOADED'")
			.param(first.getId())
			.query(Integer.class)
			.single()).isEqualTo(workbooks.size());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM current_item_version").query(Integer.class).single()).isEqualTo(54);
		new PublishedTableAssertions().assertAll(work.resolve("out1"));

		int values = count("item_value");
		JobExecution second = runs.run(inbox, work.resolve("out2"));

		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(count("submission") - submissionsBefore).isEqualTo(workbooks.size());
		assertThat(count("item_value")).isEqualTo(values);
		assertThat(second.getExecutionContext().getInt(IntakeTasklet.UNCHANGED)).isEqualTo(workbooks.size());
		assertThat(OutputSnapshot.of(work.resolve("out2"))).isEqualTo(OutputSnapshot.of(work.resolve("out1")));
		assertThat(changes(work.resolve("out2"))).contains("前回の集計から変更はありません");
	}

	private static String changes(Path output) throws java.io.IOException {
		return org.jsoup.Jsoup.parse(output.resolve(jp.reform.survey.report.ReportWriter.SUMMARY).toFile(), "UTF-8")
			.getElementById("changes")
			.text();
	}

	@Test
	void everyStoredValueNamesItsFileSheetAndCell() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		SampleInbox.write(inbox);
		runs.run(inbox, work.resolve("out"));

		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM item_value v
				JOIN item_version iv ON iv.id = v.item_version_id JOIN submission s ON s.id = iv.submission_id
				WHERE s.file_name IS NULL OR v.sheet_name IS NULL OR v.cell_ref IS NULL OR v.cell_ref = ''
				""").query(Integer.class).single()).isZero();
		// 税務課 item Ⅲ-②-7 carries 効果額 50,205 千円 for 令和5年度 on row 18 of its sheet, column E.
		String source = jdbc.sql("""
				SELECT CONCAT(s.file_name, '|', v.sheet_name, '|', v.cell_ref) FROM item_value v
				JOIN item_version iv ON iv.id = v.item_version_id JOIN submission s ON s.id = iv.submission_id
				WHERE v.field = 'effect_actual' AND v.fiscal_year = 2023 AND v.num_value = 50205
				""").query(String.class).single();
		assertThat(source).isEqualTo("R5実施報告_税務課.xlsx|Ⅲ-②-7|E18");
	}

	int count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
	}

}
