package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import jp.reform.survey.cli.ConsolidationCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import jp.reform.survey.feedback.FeedbackWriter;
import jp.reform.survey.fixture.Plan;
import jp.reform.survey.fixture.SampleInbox;
import jp.reform.survey.fixture.StandardWorkbookWriter;
import jp.reform.survey.report.ReportWriter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A nightly run over an unchanged inbox into the same output folder: the reports are not built
 * again, only summary.html's run time, 「前回の集計からの変更」 and run history are renewed — and the
 * page is the one a full build would write. Anything that changes the reports' content (a new
 * workbook, a missing output) brings back the full build.
 */
@SpringBootTest(properties = { "reform.job.run-on-startup=false",
		"spring.datasource.url=jdbc:h2:mem:unchanged-rerun;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class UnchangedRerunFunctionalTests {

	private static final String TAX = "税務課";

	@Autowired
	ConsolidationCommand command;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path work;

	@Test
	void anUnchangedInboxRenewsOnlyTheRunPartsOfTheSummary() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		SampleInbox.write(inbox);
		Path out = work.resolve("out");

		assertThat(command.run(inbox, out)).isEqualTo(ConsolidationCommand.OK);
		Map<String, FileTime> written = untouchedOutputs(out);
		assertThat(written).containsKeys(ReportWriter.WORKBOOK, ReportWriter.CSV);
		assertThat(written.keySet()).anyMatch(name -> name.startsWith(FeedbackWriter.FOLDER + "/"));
		assertThat(runHistoryRows(out)).isEqualTo(1);
		int snapshots = count("report_snapshot");

		assertThat(command.run(inbox, out)).isEqualTo(ConsolidationCommand.OK);

		// The workbook, the csv and every feedback file are the first run's, not rewritten.
		assertThat(untouchedOutputs(out)).isEqualTo(written);
		Document summary = summary(out);
		assertThat(runHistoryRows(out)).as("the rerun itself is in the history").isEqualTo(2);
		assertThat(summary.getElementById("changes").text()).contains("前回の集計から変更はありません");
		assertThat(count("report_snapshot")).isEqualTo(snapshots + 1);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM report_snapshot_version v
				WHERE v.snapshot_id = (SELECT MAX(id) FROM report_snapshot)
				""").query(Integer.class).single()).isEqualTo(54);
		// Apart from the parts that change with every run, the renewed page is what a full build writes.
		Path full = work.resolve("full");
		assertThat(command.run(inbox, full)).isEqualTo(ConsolidationCommand.OK);
		assertThat(OutputSnapshot.of(out)).isEqualTo(OutputSnapshot.of(full));
		new PublishedTableAssertions().assertAll(out);
	}

	@Test
	void aNewWorkbookOrAMissingReportBringsBackTheFullBuild() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		SampleInbox.write(inbox);
		Path out = work.resolve("out");
		assertThat(command.run(inbox, out)).isEqualTo(ConsolidationCommand.OK);
		assertThat(command.run(inbox, out)).isEqualTo(ConsolidationCommand.OK);
		String refreshedAt = summary(out).getElementById("run-time").text();
		FileTime workbookBefore = Files.getLastModifiedTime(out.resolve(ReportWriter.WORKBOOK));

		// 税務課 corrects 令和5年度 効果額 of Ⅲ-②-7: 50,205 → 51,000 千円.
		Plan plan = Plan.iizuka2023();
		StandardWorkbookWriter.write(plan, TAX, LocalDate.of(2024, 6, 20), TaxCorrection.withActual2023(plan, 51_000L),
				inbox.resolve("R5実施報告_税務課_修正.xlsx"));
		Thread.sleep(20); // a file time that must differ from the first run's
		assertThat(command.run(inbox, out)).isEqualTo(ConsolidationCommand.OK);

		assertThat(Files.getLastModifiedTime(out.resolve(ReportWriter.WORKBOOK))).isNotEqualTo(workbookBefore);
		assertThat(Files.readString(out.resolve(ReportWriter.CSV))).contains("51000");
		String changes = summary(out).getElementById("changes").text();
		assertThat(changes).contains("R5実施報告_税務課_修正.xlsx").contains("50,205").contains("51,000");
		assertThat(changes).as("compared with the refreshed run, the latest before").contains(refreshedAt.replace("集計日時: ", ""));

		// A report deleted by hand is written again, whole, although nothing changed.
		Files.delete(out.resolve(ReportWriter.WORKBOOK));
		assertThat(command.run(inbox, out)).isEqualTo(ConsolidationCommand.OK);
		assertThat(out.resolve(ReportWriter.WORKBOOK)).isRegularFile();
		assertThat(summary(out).getElementById("changes").text()).contains("前回の集計から変更はありません");
	}

	/** Every output file but summary.html, with its modification time. */
	private static Map<String, FileTime> untouchedOutputs(Path out) throws IOException {
		Map<String, FileTime> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(out)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				String name = out.relativize(file).toString().replace('\\', '/');
				if (!name.equals(ReportWriter.SUMMARY)) {
					files.put(name, Files.getLastModifiedTime(file));
				}
			}
		}
		return files;
	}

	private static Document summary(Path out) throws IOException {
		return Jsoup.parse(out.resolve(ReportWriter.SUMMARY).toFile(), "UTF-8");
	}

	private static int runHistoryRows(Path out) throws IOException {
		return summary(out).select("#run-history tbody tr").size();
	}

	private int count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
	}

}
