package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jp.reform.survey.cli.ConsolidationCommand;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedded store whose migration failed part-way (H2 keeps the tables a failed script made): the
 * run says, in Japanese, which migration failed, which files to remove or where else to put a new
 * store, and every later run says the same instead of Flyway's English; done as it says, the next
 * run completes. The real application in child processes.
 */
class HalfMigratedStoreProcessTests {

	private static final Duration RUN_TIMEOUT = Duration.ofSeconds(180);

	@TempDir
	Path work;

	@Test
	void aStoreHalfCreatedSaysWhichFilesToRemoveAndRemovingThemRecovers() throws Exception {
		Path store = work.resolve("db");
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), 3);
		String url = "--spring.datasource.url=jdbc:h2:file:" + store.resolve("reform");

		// an operator's own H2 option the migrations cannot run under: the first script fails half-way
		ChildProcess first = ChildProcess.start(work.resolve("first.log"), args(inbox, url + ";MODE=Oracle"));
		assertThat(first.exitCode(RUN_TIMEOUT)).as(first.log()).isEqualTo(ConsolidationCommand.FAILED);
		assertHowToRecover(first.log(), "データベースの作成が途中で失敗し（移行 V1 survey schema）",
				store.resolve("reform.mv.db") + "（同じフォルダの reform.trace.db も） を削除してから再実行してください");
		assertThat(Files.exists(store.resolve("reform.mv.db"))).as("the half-created store is left").isTrue();

		ChildProcess again = ChildProcess.start(work.resolve("again.log"), args(inbox, url));
		assertThat(again.exitCode(RUN_TIMEOUT)).as(again.log()).isEqualTo(ConsolidationCommand.FAILED);
		assertHowToRecover(again.log(), "データベースの作成が途中で失敗し（移行 V1 survey schema）",
				store.resolve("reform.mv.db") + "（同じフォルダの reform.trace.db も） を削除してから再実行してください");

		Files.delete(store.resolve("reform.mv.db"));
		Files.deleteIfExists(store.resolve("reform.trace.db"));
		ChildProcess recovered = ChildProcess.start(work.resolve("recovered.log"), args(inbox, url));
		assertThat(recovered.exitCode(RUN_TIMEOUT)).as(recovered.log()).isEqualTo(ConsolidationCommand.OK);
	}

	@Test
	void aStoreWhoseUpdateFailedSaysToRestoreOrMoveItAside() throws Exception {
		Path folder = work.resolve("store");
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), 3);
		String path = "--reform.db.path=" + folder;
		ChildProcess created = ChildProcess.start(work.resolve("created.log"), args(inbox, path));
		assertThat(created.exitCode(RUN_TIMEOUT)).as(created.log()).isEqualTo(ConsolidationCommand.OK);

		// a later migration that fails after its first statement, as an update can
		Path extra = Files.createDirectories(work.resolve("extra"));
		Files.writeString(extra.resolve("V54__broken_update.sql"),
				"CREATE TABLE half_done (id INT);\nALTER TABLE no_such_table ADD COLUMN x INT;\n");
		String locations = "--spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/{vendor},"
				+ "filesystem:" + extra;
		ChildProcess updated = ChildProcess.start(work.resolve("updated.log"), args(inbox, path, locations));
		assertThat(updated.exitCode(RUN_TIMEOUT)).as(updated.log()).isEqualTo(ConsolidationCommand.FAILED);
		String file = folder.resolve("reform").toAbsolutePath() + ".mv.db（同じフォルダの reform.trace.db も）";
		assertHowToRecover(updated.log(), "データベースの更新が途中で失敗し（移行 V54 broken update）",
				"バックアップから " + file + " を戻して再実行するか、" + file + " を別の場所へ移してから再実行してください");
	}

	private static void assertHowToRecover(String log, String what, String howTo) {
		assertThat(log).contains("起動できませんでした: " + what, howTo, "--reform.db.path=フォルダ")
			.doesNotContain("Validate failed", "Syntax error", "Flyway");
	}

	private static List<String> args(Path inbox, String... options) {
		List<String> args = new java.util.ArrayList<>(List.of("--inbox=" + inbox, "--output=" + inbox.resolveSibling("out")));
		args.addAll(List.of(options));
		return args;
	}

}
