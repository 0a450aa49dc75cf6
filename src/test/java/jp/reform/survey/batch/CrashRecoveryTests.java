package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import jp.reform.survey.cli.ConsolidationCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real application in child processes, as the scheduler runs it, interrupted the two worst
 * ways: kill -9 in the middle of a workbook's transaction, and the MariaDB server dying mid-run.
 * Each time the next run must end with a database and outputs equal to those of an uninterrupted
 * run (computed once, in a child of its own).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryTests {

	private static final Duration RUN_TIMEOUT = Duration.ofSeconds(180);

	private Path work;

	private String referenceDatabase;

	private Path referenceOutput;

	private ChildProcess referenceRun;

	private CompletableFuture<ThrowawayMariaDb> throwawayServer;

	private StoreSnapshot uninterruptedStore;

	private OutputSnapshot uninterruptedOutput;

	/**
	 * Starts the uninterrupted run, which works beside the first test's children (another database),
	 * and prepares the throwaway MariaDB server meanwhile (initialising its data directory takes seconds).
	 */
	@BeforeAll
	void startUninterruptedRunAndThrowawayServer(@TempDir Path work) throws Exception {
		this.work = work;
		Path serverDir = Files.createDirectories(work.resolve("mariadb"));
		throwawayServer = CompletableFuture.supplyAsync(() -> {
			try {
				return ThrowawayMariaDb.start(serverDir);
			}
			catch (IOException | InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		referenceDatabase = MariaDbTestDatabase.name("reform_crash_reference");
		MariaDbTestDatabase.recreate(referenceDatabase);
		Path inbox = TestData.copyShippedInbox(work.resolve("reference-inbox"), Integer.MAX_VALUE);
		referenceOutput = work.resolve("reference-out");
		referenceRun = ChildProcess.start(work.resolve("reference.log"),
				args(inbox, referenceOutput, MariaDbTestDatabase.SERVER + referenceDatabase));
	}

	@AfterAll
	void stopThrowawayServer() throws Exception {
		throwawayServer.get(2, TimeUnit.MINUTES).close();
	}

	private StoreSnapshot uninterruptedStore() throws Exception {
		awaitReference();
		return uninterruptedStore;
	}

	private OutputSnapshot uninterruptedOutput() throws Exception {
		awaitReference();
		return uninterruptedOutput;
	}

	private void awaitReference() throws Exception {
		if (uninterruptedStore == null) {
			assertThat(referenceRun.exitCode(RUN_TIMEOUT)).as(referenceRun.log()).isZero();
			uninterruptedStore = StoreSnapshot.of(MariaDbTestDatabase.SERVER + referenceDatabase, "root", "");
			uninterruptedOutput = OutputSnapshot.of(referenceOutput);
			assertThat(uninterruptedStore.submissions()).hasSize(25);
			new PublishedTableAssertions().assertAll(referenceOutput);
		}
	}

	@Test
	void killedInsideAWorkbookTransactionThenRunAgainEndsAsAnUninterruptedRun() throws Exception {
		String database = MariaDbTestDatabase.name("reform_crash_kill");
		MariaDbTestDatabase.recreate(database);
		String url = MariaDbTestDatabase.SERVER + database;
		Path inbox = TestData.copyShippedInbox(work.resolve("kill-inbox"), Integer.MAX_VALUE);
		Path output = previousReports(work.resolve("kill-out"));
		Map<String, String> previousReports = TestData.digests(output);

		ChildProcess killed = ChildProcess.start(work.resolve("killed.log"), pausingAt(5, 120_000, args(inbox, output, url)));
		killed.awaitLog(PauseInsideWorkbookTransaction.MARKER + 5, RUN_TIMEOUT);
		killed.kill9();

		// four workbooks committed, the fifth written but never committed: nothing of it is stored
		assertThat(count(url, "SELECT COUNT(*) FROM submission WHERE status <> 'PENDING'")).isEqualTo(4);
		assertThat(count(url, "SELECT COUNT(*) FROM submission WHERE status = 'PENDING'")).isEqualTo(21);
		assertThat(count(url, """
				SELECT COUNT(*) FROM item_version iv JOIN submission s ON s.id = iv.submission_id
				WHERE s.status = 'PENDING'""")).isZero();
		assertThat(count(url, "SELECT COUNT(*) FROM run_lock WHERE token IS NOT NULL AND holder_pid = " + killed.pid()))
			.as("the dead run's lock is still there").isEqualTo(1);
		assertThat(TestData.digests(output)).as("the previous reports stay whole").isEqualTo(previousReports);

		ChildProcess rerun = ChildProcess.start(work.resolve("rerun.log"), args(inbox, output, url));
		assertThat(rerun.exitCode(RUN_TIMEOUT)).as(rerun.log()).isZero();

		assertThat(rerun.log()).contains("残っていた実行ロックを引き継ぎます", "その続きから再開します");
		assertThat(StoreSnapshot.of(url, "root", "")).isEqualTo(uninterruptedStore());
		assertThat(OutputSnapshot.of(output)).isEqualTo(uninterruptedOutput());
		assertThat(TestData.stagingLeftovers(output)).isEmpty();
		assertThat(count(url, "SELECT COUNT(*) FROM run_lock WHERE token IS NOT NULL")).isZero();
		assertThat(strings(url, "SELECT CONCAT(outcome, ' ', resumed) FROM run_history ORDER BY id"))
			.containsExactly("INTERRUPTED 0", "COMPLETED 1");
		// Spring Batch: the killed execution recovered as FAILED, then restarted in the same job instance
		assertThat(strings(url, "SELECT CONCAT(JOB_INSTANCE_ID, ' ', STATUS) FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
			.containsExactly("1 FAILED", "1 COMPLETED");
	}

	@Test
	void theDatabaseGoingAwayFailsTheRunClearlyAndTheNextRunCompletesOnceItIsBack() throws Exception {
		try (ThrowawayMariaDb server = throwawayServer.get(2, TimeUnit.MINUTES)) {
			server.createDatabase("reform");
			String url = server.url("reform");
			Path inbox = TestData.copyShippedInbox(work.resolve("outage-inbox"), Integer.MAX_VALUE);
			Path output = previousReports(work.resolve("outage-out"));
			Map<String, String> previousReports = TestData.digests(output);

			List<String> failing = new ArrayList<>(pausingAt(5, 1_500, args(inbox, output, url)));
			failing.add("--spring.datasource.hikari.connection-timeout=1000");
			ChildProcess cut = ChildProcess.start(work.resolve("outage-cut.log"), failing);
			cut.awaitLog(PauseInsideWorkbookTransaction.MARKER + 5, RUN_TIMEOUT);
			server.kill();

			assertThat(cut.exitCode(RUN_TIMEOUT)).as(cut.log()).isEqualTo(ConsolidationCommand.FAILED);
			assertThat(cut.log()).contains("データベースに接続できないため、集計を中断しました", "終了コード 1");
			assertThat(TestData.digests(output)).as("the previous reports stay whole").isEqualTo(previousReports);
			assertThat(TestData.stagingLeftovers(output)).isEmpty();

			server.restart();
			ChildProcess rerun = ChildProcess.start(work.resolve("outage-rerun.log"), args(inbox, output, url));
			assertThat(rerun.exitCode(RUN_TIMEOUT)).as(rerun.log()).isZero();

			assertThat(StoreSnapshot.of(url, "root", "")).isEqualTo(uninterruptedStore());
			assertThat(OutputSnapshot.of(output)).isEqualTo(uninterruptedOutput());
			assertThat(strings(url, "SELECT outcome FROM run_history ORDER BY id")).containsExactly("INTERRUPTED",
					"COMPLETED");
		}
	}

	/** An output folder holding the reports of an earlier run, which an interrupted run must leave as they are. */
	private static Path previousReports(Path output) throws IOException {
		Files.createDirectories(output.resolve("csv"));
		Files.writeString(output.resolve("summary.html"), "<html><body>前回の集計結果</body></html>");
		Files.writeString(output.resolve("consolidated.xlsx"), "前回の集計結果");
		Files.writeString(output.resolve("csv/category_summary.csv"), "前回の集計結果");
		return output;
	}

	private static List<String> args(Path inbox, Path output, String url) {
		return List.of("--inbox=" + inbox, "--output=" + output, "--spring.datasource.url=" + url,
				"--spring.datasource.username=root", "--spring.datasource.password=", "--reform.load.threads=1");
	}

	private static List<String> pausingAt(int workbook, long millis, List<String> args) {
		List<String> all = new ArrayList<>(args);
		all.addAll(List.of("--spring.main.sources=" + PauseInsideWorkbookTransaction.class.getName(),
				"--test.pause.at=" + workbook, "--test.pause.millis=" + millis));
		return all;
	}

	private static long count(String url, String sql) throws SQLException {
		return Long.parseLong(strings(url, sql).get(0));
	}

	private static List<String> strings(String url, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, "root", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				values.add(rs.getString(1));
			}
		}
		return values;
	}

}
