package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.cli.ConsolidationCommand;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes a new operator makes, on the real application as a scheduler starts it: each one gets
 * a Japanese message that names the setting and what to do, first and only on the console; the
 * stack trace goes to the debug log that the message names.
 */
class OperatorMistakeTests {

	private static final Duration RUN_TIMEOUT = Duration.ofSeconds(180);

	@TempDir
	Path work;

	@Test
	void anUnknownOptionIsRefusedWithExitTwoAndTheOptionMeant() throws Exception {
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), 1);
		ChildProcess run = ChildProcess.start(work.resolve("run.log"),
				List.of("--inboxx=" + inbox, "--output=" + work.resolve("out"), database()));

		assertThat(run.exitCode(RUN_TIMEOUT)).as(run.log()).isEqualTo(2);
		assertThat(run.log()).startsWith("不明なオプションです: --inboxx（--inbox のことですか？）");
		assertThat(work.resolve("out")).as("nothing ran").doesNotExist();
	}

	@Test
	void anOutputPathThatIsAFileSaysWhichSettingToChangeWithoutAStackTrace() throws Exception {
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), 1);
		Path output = Files.writeString(work.resolve("out"), "a file, not a folder");
		Path debugLog = work.resolve("logs/debug.log");
		ChildProcess run = ChildProcess.start(work.resolve("run.log"), List.of("--inbox=" + inbox, "--output=" + output,
				database(), "--reform.debug-log=" + debugLog));

		assertThat(run.exitCode(RUN_TIMEOUT)).as(run.log()).isEqualTo(ConsolidationCommand.FAILED);
		List<String> errors = lines(run.log(), "ERROR");
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0)).contains("出力フォルダとして指定された場所はファイルです: " + output, "--output",
				"REFORM_OUTPUT", "詳細: " + debugLog);
		assertThat(run.log()).doesNotContain("\tat ", "Exception", "FAILED").contains("終了コード 1: 失敗");
		assertThat(debugLog).exists();
	}

	@Test
	void aFailingRunShowsOneJapaneseLineAndLeavesTheStackTraceToTheDebugLogOrToDebug() throws Exception {
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), 1);
		Path debugLog = work.resolve("logs/debug.log");
		// a template that does not parse fails the report step inside Spring Batch
		Path templates = Files.createDirectories(work.resolve("templates"));
		Files.writeString(templates.resolve("summary.ftlh"), "<#if>");
		List<String> args = List.of("--inbox=" + inbox, "--output=" + work.resolve("out"), database(),
				"--reform.templates=" + templates, "--reform.debug-log=" + debugLog);
		ChildProcess run = ChildProcess.start(work.resolve("run.log"), args);

		assertThat(run.exitCode(RUN_TIMEOUT)).as(run.log()).isEqualTo(ConsolidationCommand.FAILED);
		assertThat(lines(run.log(), "ERROR")).singleElement().asString().contains("集計に失敗しました", "詳細: " + debugLog);
		assertThat(run.log()).doesNotContain("\tat ", "Encountered an error", "FAILED");
		assertThat(debugLog).content().contains("\tat ", "Encountered an error executing step report");

		List<String> debug = new ArrayList<>(args);
		debug.add("--debug");
		ChildProcess verbose = ChildProcess.start(work.resolve("debug.log"), debug);
		assertThat(verbose.exitCode(RUN_TIMEOUT)).as(verbose.log()).isEqualTo(ConsolidationCommand.FAILED);
		assertThat(verbose.log()).contains("\tat ", "集計に失敗しました");
	}

	@Test
	void aCleanRunLogsNoWarning() throws Exception {
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), Integer.MAX_VALUE);
		Path debugLog = work.resolve("logs/debug.log");
		ChildProcess run = ChildProcess.start(work.resolve("run.log"), List.of("--inbox=" + inbox,
				"--output=" + work.resolve("out"), database(), "--reform.debug-log=" + debugLog));

		assertThat(run.exitCode(RUN_TIMEOUT)).as(run.log()).isEqualTo(ConsolidationCommand.OK);
		assertThat(lines(run.log(), "WARN")).isEmpty();
		assertThat(lines(Files.readString(debugLog), "WARN")).as("the debug log has no library noise either").isEmpty();
	}

	private String database() {
		return "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db/reform")
				+ ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
	}

	private static List<String> lines(String log, String level) {
		return log.lines().filter(line -> line.contains(" " + level + " ")).toList();
	}

}
