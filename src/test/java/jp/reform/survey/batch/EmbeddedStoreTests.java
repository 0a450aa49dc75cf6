package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.cli.ConsolidationCommand;
import jp.reform.survey.store.EmbeddedStoreUrl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded H2 store as an operator meets it, in real processes: a second run on the same file
 * is refused like on MariaDB (exit 4, recorded), and a bare H2 URL or {@code --reform.db.path}
 * works without knowing H2's options.
 */
class EmbeddedStoreTests {

	private static final Duration RUN_TIMEOUT = Duration.ofSeconds(180);

	@TempDir
	Path work;

	@Test
	void aSecondRunOnTheSameFileIsRefusedWithExitFourAndRecorded() throws Exception {
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), Integer.MAX_VALUE);
		String url = "jdbc:h2:file:" + work.resolve("db/reform");
		List<String> first = new ArrayList<>(args(inbox, work.resolve("out"), url));
		first.addAll(List.of("--spring.main.sources=" + PauseInsideWorkbookTransaction.class.getName(),
				"--test.pause.at=2", "--test.pause.millis=60000", "--test.pause.release=" + work.resolve("release"),
				"--reform.load.threads=1"));
		ChildProcess holder = ChildProcess.start(work.resolve("first.log"), first);
		holder.awaitLog(PauseInsideWorkbookTransaction.MARKER + 2, RUN_TIMEOUT);

		ChildProcess second = ChildProcess.start(work.resolve("second.log"), args(inbox, work.resolve("out2"), url));
		assertThat(second.exitCode(RUN_TIMEOUT)).as(second.log()).isEqualTo(ConsolidationCommand.LOCKED);
		assertThat(second.log()).contains("別の集計が実行中です").doesNotContain("データベースに接続できません");
		Files.createFile(work.resolve("release"));
		assertThat(holder.exitCode(RUN_TIMEOUT)).as(holder.log()).isEqualTo(ConsolidationCommand.OK);

		assertThat(outcomes(EmbeddedStoreUrl.complete(url))).containsExactly("COMPLETED", "REFUSED");
	}

	@Test
	void aBareH2UrlGetsTheOptionsTheProductNeeds() throws Exception {
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), Integer.MAX_VALUE);
		Path output = work.resolve("out");
		ChildProcess run = ChildProcess.start(work.resolve("run.log"),
				args(inbox, output, "jdbc:h2:file:" + work.resolve("bare/reform")));
		assertThat(run.exitCode(RUN_TIMEOUT)).as(run.log()).isEqualTo(ConsolidationCommand.OK);
		new PublishedTableAssertions().assertAll(output);
	}

	@Test
	void theEmbeddedStoreGoesWhereDbPathSays() throws Exception {
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), 2);
		Path store = work.resolve("store");
		ChildProcess run = ChildProcess.start(work.resolve("run.log"), List.of("--inbox=" + inbox,
				"--output=" + work.resolve("out"), "--reform.db.path=" + store));
		assertThat(run.exitCode(RUN_TIMEOUT)).as(run.log()).isEqualTo(ConsolidationCommand.OK);
		assertThat(store.resolve("reform.mv.db")).exists();
		assertThat(outcomes(EmbeddedStoreUrl.inFolder(store.toString()))).containsExactly("COMPLETED");
	}

	private static List<String> args(Path inbox, Path output, String url) {
		return List.of("--inbox=" + inbox, "--output=" + output, "--spring.datasource.url=" + url);
	}

	private static List<String> outcomes(String url) throws Exception {
		List<String> outcomes = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT outcome FROM run_history ORDER BY outcome")) {
			while (rs.next()) {
				outcomes.add(rs.getString(1));
			}
		}
		return outcomes;
	}

}
