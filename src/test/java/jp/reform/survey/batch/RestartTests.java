package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import jp.reform.survey.cli.ConsolidationCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jp.reform.survey.store.RunHistoryRepository;
import jp.reform.survey.store.RunOutcome;
import jp.reform.survey.store.RunRecord;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A workbook failing at the last moment of its transaction: nothing of it is stored, the previous
 * reports stay whole, and a restart of the failed execution — by Spring Batch's own restart or by
 * the next command run — continues where it stopped, storing every workbook exactly once.
 */
@SpringBootTest(properties = { "reform.job.run-on-startup=false", "reform.load.threads=1" })
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:restart;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Import({ FailInsideWorkbookTransaction.class, ConsolidationRuns.class })
class RestartTests {

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	ConsolidationRuns runs;

	@Autowired
	ConsolidationCommand command;

	@Autowired
	RunHistoryRepository history;

	@Autowired
	FailInsideWorkbookTransaction failure;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path work;

	@BeforeEach
	void emptyStore() {
		TestData.clearStore(jdbc);
	}

	@Test
	void aFailedExecutionRestartedContinuesWhereItStoppedWithoutDuplicates() throws Exception {
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), 10);
		Path output = work.resolve("out");
		assertThat(runs.run(inbox, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, String> previousReports = TestData.digests(output);
		TestData.copyShippedInbox(inbox, Integer.MAX_VALUE);

		failure.failWorkbook(5);
		JobExecution failed = runs.run(inbox, output);

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(count("SELECT COUNT(*) FROM submission WHERE status <> 'PENDING'")).isEqualTo(14);
		List<String> pending = jdbc.sql("SELECT file_name FROM submission WHERE status = 'PENDING' ORDER BY file_name")
			.query(String.class)
			.list();
		assertThat(pending).hasSize(11);
		// the failed workbook: everything it wrote rolled back with its transaction
		assertThat(count("""
				SELECT COUNT(*) FROM submission s
				WHERE s.status = 'PENDING' AND (EXISTS (SELECT 1 FROM item_version iv WHERE iv.submission_id = s.id)
				      OR EXISTS (SELECT 1 FROM finding f WHERE f.submission_id = s.id))""")).isZero();
		assertThat(TestData.digests(output)).as("a failed run leaves the previous reports whole")
			.isEqualTo(previousReports);
		assertThat(TestData.stagingLeftovers(output)).isEmpty();

		JobExecution restarted = jobOperator.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstance().getId()).isEqualTo(failed.getJobInstance().getId());
		StepExecution load = restarted.getStepExecutions()
			.stream()
			.filter(step -> step.getStepName().equals("load"))
			.findFirst()
			.orElseThrow();
		assertThat(load.getWriteCount()).as("only what was still pending").isEqualTo(11);
		assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(25);
		assertThat(count("SELECT COUNT(*) FROM submission WHERE status = 'LOADED'")).isEqualTo(25);
		assertThat(count("SELECT COUNT(*) FROM item_version")).isEqualTo(54);
		assertThat(count("SELECT COUNT(*) FROM current_item_version")).isEqualTo(54);
		new PublishedTableAssertions().assertAll(output);
	}

	@Test
	void theNextCommandRunContinuesTheFailedExecutionByItself() throws Exception {
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), Integer.MAX_VALUE);
		Path output = work.resolve("out");

		failure.failWorkbook(7);
		assertThat(command.run(inbox, output)).isEqualTo(ConsolidationCommand.FAILED);
		assertThat(command.run(inbox, output)).isEqualTo(ConsolidationCommand.OK);

		List<RunRecord> recent = history.recent(2);
		assertThat(recent).extracting(RunRecord::outcome).containsExactly(RunOutcome.COMPLETED, RunOutcome.FAILED);
		assertThat(recent.get(0).resumed()).isTrue();
		assertThat(recent.get(0).filesLoaded()).isEqualTo(19);
		assertThat(recent.get(1).message()).contains("試験用の障害");
		JobExecution last = jobRepository.getLastJobExecution(jobRepository.getLastJobInstance("consolidation"));
		assertThat(jobRepository.getJobExecutions(last.getJobInstance())).extracting(JobExecution::getStatus)
			.containsExactlyInAnyOrder(BatchStatus.FAILED, BatchStatus.COMPLETED);
		assertThat(count("SELECT COUNT(*) FROM item_version")).isEqualTo(54);
		new PublishedTableAssertions().assertAll(output);
	}

	@Test
	void aRejectionBeforeTheFailureStillMakesTheContinuingRunExitThree() throws Exception {
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), 5);
		// named to sort first, so it is rejected before the failure
		Files.writeString(inbox.resolve("0_壊れたファイル.xlsx"), "これは Excel ではありません");

		failure.failWorkbook(3);
		assertThat(command.run(inbox, work.resolve("out"))).isEqualTo(ConsolidationCommand.FAILED);
		assertThat(command.run(inbox, work.resolve("out"))).isEqualTo(ConsolidationCommand.COMPLETED_WITH_REJECTIONS);
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

}
