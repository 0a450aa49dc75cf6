package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.cli.ConsolidationCommand;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database lost in the middle of the load step, with the product's own settings (no shorter
 * timeouts given): the real application in a child process gives up within 20 s of the loss with
 * exit 1 and the Japanese message only, and the next run, once the database is back, completes with
 * the published figures. Lost two ways, on a MariaDB server of the test's own (never the machine's):
 * the server killed, and its connections cut by the network (a relay the test closes) while the
 * server stays up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseLostProcessTests {

	/** How long the application may take, from the loss, to give up. */
	static final Duration GIVE_UP_WITHIN = Duration.ofSeconds(20);

	private static final Duration RUN_TIMEOUT = Duration.ofSeconds(180);

	private Path work;

	private ThrowawayMariaDb server;

	@BeforeAll
	void startServer(@TempDir Path work) throws Exception {
		this.work = work;
		server = ThrowawayMariaDb.start(Files.createDirectories(work.resolve("mariadb")));
	}

	@AfterAll
	void stopServer() throws Exception {
		server.close();
	}

	@Test
	void theServerKilledMidRunGivesUpWithin20SecondsAndTheNextRunRecovers() throws Exception {
		server.createDatabase("reform_killed");
		String url = server.url("reform_killed");
		Path inbox = TestData.copyShippedInbox(work.resolve("killed-inbox"), Integer.MAX_VALUE);
		Path output = work.resolve("killed-out");
		ChildProcess run = ChildProcess.start(work.resolve("killed.log"), pausingAt(5, args(inbox, output, url)));
		run.awaitLog(PauseInsideWorkbookTransaction.MARKER + 5, RUN_TIMEOUT);

		long lost = System.nanoTime();
		server.kill();
		try {
			assertGaveUpInTime(run, lost);
		}
		finally {
			server.restart();
		}
		assertNextRunRecovers(inbox, output, url, "killed-rerun.log");
	}

	@Test
	void theConnectionsCutMidRunGiveUpWithin20SecondsAndTheNextRunRecovers() throws Exception {
		server.createDatabase("reform_cut");
		Path inbox = TestData.copyShippedInbox(work.resolve("cut-inbox"), Integer.MAX_VALUE);
		Path output = work.resolve("cut-out");
		int port;
		ChildProcess run;
		long lost;
		try (TcpCut link = TcpCut.open(0, server.port())) {
			port = link.port();
			run = ChildProcess.start(work.resolve("cut.log"), pausingAt(5, args(inbox, output, url(port, "reform_cut"))));
			run.awaitLog(PauseInsideWorkbookTransaction.MARKER + 5, RUN_TIMEOUT);
			lost = System.nanoTime();
		}
		assertGaveUpInTime(run, lost);

		try (TcpCut link = TcpCut.open(port, server.port())) {
			assertNextRunRecovers(inbox, output, url(port, "reform_cut"), "cut-rerun.log");
		}
	}

	private static void assertGaveUpInTime(ChildProcess run, long lost) throws Exception {
		int exit = run.exitCode(RUN_TIMEOUT);
		Duration took = Duration.ofNanos(System.nanoTime() - lost);
		System.out.println("gave up " + took.toMillis() + " ms after the loss");
		assertThat(exit).as(run.log()).isEqualTo(ConsolidationCommand.FAILED);
		assertThat(took).as("from the loss to the exit:\n" + run.log()).isLessThanOrEqualTo(GIVE_UP_WITHIN);
		String log = run.log();
		assertThat(log).contains("データベースに接続できないため、集計を中断しました", "終了コード 1");
		String afterLoss = log.substring(log.indexOf(PauseInsideWorkbookTransaction.MARKER));
		afterLoss = afterLoss.substring(afterLoss.indexOf('\n') + 1);
		assertThat(afterLoss).as("only Japanese lines after the loss")
			.doesNotContain("unknown state", "Exception", "HikariPool", "Connection", "SQL")
			.doesNotContainPattern("[A-Za-z]{4,} [A-Za-z]{4,} [A-Za-z]{4,}");
	}

	private void assertNextRunRecovers(Path inbox, Path output, String url, String log) throws Exception {
		ChildProcess rerun = ChildProcess.start(work.resolve(log), args(inbox, output, url));
		assertThat(rerun.exitCode(RUN_TIMEOUT)).as(rerun.log()).isEqualTo(ConsolidationCommand.OK);
		assertThat(rerun.log()).contains("その続きから再開します");
		new PublishedTableAssertions().assertAll(output);
	}

	private static String url(int port, String database) {
		return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
	}

	private static List<String> args(Path inbox, Path output, String url) {
		return List.of("--inbox=" + inbox, "--output=" + output, "--spring.datasource.url=" + url,
				"--spring.datasource.username=root", "--spring.datasource.password=", "--reform.load.threads=1");
	}

	/** Pauses 1.5 s inside the 5th workbook's transaction: the loss comes while it is open. */
	private static List<String> pausingAt(int workbook, List<String> args) {
		List<String> all = new ArrayList<>(args);
		all.addAll(List.of("--spring.main.sources=" + PauseInsideWorkbookTransaction.class.getName(),
				"--test.pause.at=" + workbook, "--test.pause.millis=1500"));
		return all;
	}

}
