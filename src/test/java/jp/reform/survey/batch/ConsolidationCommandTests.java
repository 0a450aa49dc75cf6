package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import jp.reform.survey.cli.ConsolidationCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jp.reform.survey.report.ReportWriter;
import jp.reform.survey.store.RunHistoryRepository;
import jp.reform.survey.store.RunOutcome;
import jp.reform.survey.store.RunRecord;
import jp.reform.survey.store.RunTrigger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The command's exit codes as a scheduler sees them — 0 all loaded, 3 completed with rejected
 * files, 1 the run failed, 4 another run holds the lock — with the log lines and the run history
 * each one leaves.
 */
@SpringBootTest(properties = "reform.job.run-on-startup=false")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:command;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ExtendWith(OutputCaptureExtension.class)
class ConsolidationCommandTests {

	@Autowired
	ConsolidationCommand command;

	@Autowired
	RunHistoryRepository history;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path work;

	@BeforeEach
	void emptyStore() {
		TestData.clearStore(jdbc);
	}

	@Test
	void aCompleteRunExitsZeroLogsItsProgressAndRecordsItsHistory(CapturedOutput log) throws Exception {
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), Integer.MAX_VALUE);

		assertThat(command.run(inbox, work.resolve("out"))).isEqualTo(ConsolidationCommand.OK);

		assertThat(log).contains("新規の提出: R5実施報告_税務課.xlsx", "取込済: R5実施報告_税務課.xlsx", "取り込み開始: 25 件",
				"進捗: 10 / 25 件", "進捗: 20 / 25 件",
				"実行結果: 完了。", "ファイル 25 件のうち新規 25 件を処理（取込 25 件、うち一部保留 0 件、不受理 0 件、対象外 0 件）、変更なし 0 件。",
				"終了コード 0: 完了");
		RunRecord run = history.recent(1).get(0);
		assertThat(run.outcome()).isEqualTo(RunOutcome.COMPLETED);
		assertThat(run.trigger()).isEqualTo(RunTrigger.COMMAND);
		assertThat(run.filesFound()).isEqualTo(25);
		assertThat(run.filesLoaded()).isEqualTo(25);
		assertThat(run.filesRejected()).isZero();
		assertThat(run.duration()).isPositive();
		// the summary lists the run it was written by
		assertThat(Files.readString(work.resolve("out").resolve(ReportWriter.SUMMARY)))
			.contains("<section id=\"run-history\">", "この集計（実行中）");

		assertThat(command.run(inbox, work.resolve("out"))).isEqualTo(ConsolidationCommand.OK);
		assertThat(log).contains("変更なし（取込済みと同じ内容）: R5実施報告_税務課.xlsx");
		assertThat(history.recent(2)).extracting(RunRecord::filesUnchanged).containsExactly(25, 0);
		assertThat(Files.readString(work.resolve("out").resolve(ReportWriter.SUMMARY))).contains("完了");
	}

	@Test
	void aRejectedFileMakesItThree(CapturedOutput log) throws Exception {
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), 2);
		Files.writeString(inbox.resolve("R5実施報告_壊れたファイル.xlsx"), "これは Excel ではありません");

		assertThat(command.run(inbox, work.resolve("out"))).isEqualTo(ConsolidationCommand.COMPLETED_WITH_REJECTIONS);

		assertThat(log).contains("不受理: R5実施報告_壊れたファイル.xlsx", "終了コード 3");
		RunRecord run = history.recent(1).get(0);
		assertThat(run.outcome()).isEqualTo(RunOutcome.COMPLETED_WITH_REJECTIONS);
		assertThat(run.filesFound()).isEqualTo(3);
		assertThat(run.filesLoaded()).isEqualTo(2);
		assertThat(run.filesRejected()).isEqualTo(1);
	}

	@Test
	void aRunThatCannotReadItsInboxFailsWithOneAndSaysWhy(CapturedOutput log) {
		Path missing = work.resolve("no-such-inbox");

		assertThat(command.run(missing, work.resolve("out"))).isEqualTo(ConsolidationCommand.FAILED);

		assertThat(log).contains("集計に失敗しました: 受信フォルダがありません: " + missing, "終了コード 1: 失敗");
		RunRecord run = history.recent(1).get(0);
		assertThat(run.outcome()).isEqualTo(RunOutcome.FAILED);
		assertThat(run.message()).contains("受信フォルダがありません");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM run_lock WHERE token IS NOT NULL").query(Integer.class).single())
			.as("the lock is released after a failure").isZero();
	}

	@Test
	void whileAnotherHostRunsItRefusesAtOnceWithFourAndTouchesNothing(CapturedOutput log) throws Exception {
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), 3);
		Path output = work.resolve("out");
		assertThat(command.run(inbox, output)).isZero();
		Map<String, String> reports = TestData.digests(output);
		TestData.copyShippedInbox(inbox, Integer.MAX_VALUE);
		jdbc.sql("""
				UPDATE run_lock SET token = 'other', holder_host = 'batch-server-2', holder_pid = 4242,
				       acquired_at = NOW(3), heartbeat_at = NOW(3)
				WHERE name = 'consolidation'""").update();

		long started = System.nanoTime();
		assertThat(command.run(inbox, output)).isEqualTo(ConsolidationCommand.LOCKED);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(log).contains("集計を開始しません: 別の集計が実行中です（実行者: batch-server-2（PID 4242）",
				"終了コード 4");
		assertThat(TestData.digests(output)).isEqualTo(reports);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM submission").query(Integer.class).single()).isEqualTo(3);
		RunRecord refused = history.recent(1).get(0);
		assertThat(refused.outcome()).isEqualTo(RunOutcome.REFUSED);
		assertThat(refused.message()).contains("batch-server-2");

		jdbc.sql("UPDATE run_lock SET token = NULL WHERE name = 'consolidation'").update();
		assertThat(command.run(inbox, output)).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM submission").query(Integer.class).single()).isEqualTo(25);
	}

}
