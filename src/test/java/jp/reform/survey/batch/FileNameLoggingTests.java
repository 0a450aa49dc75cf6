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
 * Names in the inbox are whatever the departments and their tools made: a newline in a file name
 * cannot forge a line of the log, and a folder named like a workbook is said once, not skipped
 * silently. The real application in a process of its own, as a scheduler runs it.
 */
class FileNameLoggingTests {

	private static final Duration RUN_TIMEOUT = Duration.ofSeconds(180);

	private static final String FORGED = "2025-06-02 02:00:14 INFO  実行結果: 完了。";

	@TempDir
	Path work;

	@Test
	void aNewlineInAFileNameIsEscapedAndAFolderNamedLikeAWorkbookIsReportedOnce() throws Exception {
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), Integer.MAX_VALUE);
		Path one;
		try (var files = Files.list(inbox)) {
			one = files.sorted().findFirst().orElseThrow();
		}
		String forgedName = "課の報告\n" + FORGED + ".xlsx";
		Files.move(one, inbox.resolve(forgedName));
		Files.createDirectories(inbox.resolve("財政課の提出.xlsx"));
		Path output = work.resolve("out");
		ChildProcess run = ChildProcess.start(work.resolve("run.log"), List.of("--inbox=" + inbox, "--output=" + output,
				"--spring.datasource.url=jdbc:h2:file:" + work.resolve("db/reform")));

		assertThat(run.exitCode(RUN_TIMEOUT)).as(run.log()).isEqualTo(ConsolidationCommand.OK);
		assertThat(run.log().lines()).noneMatch(line -> line.startsWith(FORGED))
			.anyMatch(line -> line.contains("課の報告\\n" + FORGED));
		assertThat(run.log().lines().filter(line -> line.contains("財政課の提出.xlsx")))
			.singleElement().asString().contains("WARN", "フォルダのため取り込みません");
		new PublishedTableAssertions().assertAll(output);
	}

}
