package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jp.reform.survey.cli.ConsolidationCommand;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a run's outputs reach {@code output/}, in the real application as a scheduler starts it:
 * all together or not at all when the run is killed while writing them, readable by colleagues
 * like every other output, and with POI's temporary files in a folder of the run's own.
 */
class OutputPublicationTests {

	private static final Duration RUN_TIMEOUT = Duration.ofSeconds(180);

	private static final List<String> OUTPUTS = List.of("summary.html", "consolidated.xlsx",
			"csv/category_summary.csv", "csv/item_values.csv", "feedback", "report.pdf");

	@TempDir
	Path work;

	@Test
	void killedWhileWritingTheReportsLeavesNoneOfThemAndTheNextRunPublishesAll() throws Exception {
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), Integer.MAX_VALUE);
		Path output = work.resolve("out");
		ChildProcess killed = ChildProcess.start(work.resolve("killed.log"), withPdf(args(inbox, output)));
		awaitReportStep(killed, output);
		killed.kill9();

		assertThat(OUTPUTS.stream().filter(name -> Files.exists(output.resolve(name))))
			.as("nothing of a run killed in its report step is in place").isEmpty();

		ChildProcess rerun = ChildProcess.start(work.resolve("rerun.log"), withPdf(args(inbox, output)));
		assertThat(rerun.exitCode(RUN_TIMEOUT)).as(rerun.log()).isEqualTo(ConsolidationCommand.OK);
		assertThat(OUTPUTS).allSatisfy(name -> assertThat(output.resolve(name)).exists());
		assertThat(TestData.stagingLeftovers(output)).isEmpty();
		new PublishedTableAssertions().assertAll(output);
	}

	@Test
	void theFeedbackFolderOpensForColleaguesLikeTheOtherOutputs() throws Exception {
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), 3);
		Path output = work.resolve("out");
		ChildProcess run = ChildProcess.start(work.resolve("run.log"), args(inbox, output));
		assertThat(run.exitCode(RUN_TIMEOUT)).as(run.log()).isEqualTo(ConsolidationCommand.OK);

		Set<PosixFilePermission> folders = Files.getPosixFilePermissions(output.resolve("csv"));
		assertThat(folders).as("the umask's folder mode").contains(PosixFilePermission.OTHERS_READ,
				PosixFilePermission.OTHERS_EXECUTE);
		Set<PosixFilePermission> files = Files.getPosixFilePermissions(output.resolve("summary.html"));
		try (Stream<Path> feedback = Files.walk(output.resolve("feedback"))) {
			assertThat(feedback.toList()).hasSizeGreaterThan(3).allSatisfy(path -> assertThat(
					Files.getPosixFilePermissions(path)).as(path.toString())
				.isEqualTo(Files.isDirectory(path) ? folders : files));
		}
	}

	/**
	 * {@code java.io.tmpdir/poifiles} taken by someone else (here: a file of that name, which no
	 * account can turn into POI's folder) must not stop the report step.
	 */
	@Test
	void poisTemporaryFilesGoToAFolderOfTheRunsOwnAndItIsRemoved() throws Exception {
		Path tmp = Files.createDirectories(work.resolve("tmp"));
		Files.writeString(tmp.resolve("poifiles"), "another account's");
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), Integer.MAX_VALUE);
		Path output = work.resolve("out");
		ChildProcess run = ChildProcess.start(work.resolve("run.log"), List.of("-Djava.io.tmpdir=" + tmp),
				args(inbox, output));
		assertThat(run.exitCode(RUN_TIMEOUT)).as(run.log()).isEqualTo(ConsolidationCommand.OK);
		new PublishedTableAssertions().assertAll(output);
		try (Stream<Path> left = Files.list(tmp)) {
			assertThat(left.map(p -> p.getFileName().toString()).filter(name -> !name.startsWith("hsperfdata")))
				.as("the run's own temporary folder is gone").containsExactly("poifiles");
		}
	}

	private List<String> args(Path inbox, Path output) {
		return List.of("--inbox=" + inbox, "--output=" + output, "--spring.datasource.url=jdbc:h2:file:"
				+ work.resolve("db/reform") + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
	}

	/** Every output as the product writes it by default, report.pdf among them. */
	private static List<String> withPdf(List<String> args) {
		return Stream.concat(args.stream(), Stream.of("--reform.report.pdf.enabled=true")).toList();
	}

	/**
	 * Waits until the run is writing its reports: a feedback folder in place (published early) or
	 * the consolidated workbook under way in a staging folder, whichever comes first.
	 */
	private static void awaitReportStep(ChildProcess run, Path output) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.exists(output.resolve("feedback")) || writingWorkbook(output)) {
				return;
			}
			if (!run.alive()) {
				throw new AssertionError("the run ended before its report step:\n" + run.log());
			}
			Thread.sleep(2);
		}
		throw new AssertionError("the run did not reach its report step:\n" + run.log());
	}

	private static boolean writingWorkbook(Path output) throws IOException {
		if (!Files.isDirectory(output)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(output)) {
			return entries.anyMatch(p -> p.getFileName().toString().startsWith(".staging-")
					&& Files.exists(p.resolve("consolidated.xlsx")));
		}
	}

}
