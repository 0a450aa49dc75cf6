package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.List;

import jp.reform.survey.cli.ConsolidationCommand;
import jp.reform.survey.fixture.SampleInbox;
import jp.reform.survey.report.ReportWriter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file another account copied into the inbox with mode 600: the run, as an account that may not
 * read it, rejects that file with 「読み取る権限がありません」 and loads the others (exit 3). Tests
 * run as root, who may read anything; so the real application runs in a process without root's
 * file-permission override (setpriv drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH), where the
 * kernel refuses the read exactly as it would refuse a service account.
 */
class UnreadableFileProcessTests {

	@TempDir
	Path work;

	@Test
	void aFileTheRunMayNotReadIsRejectedAndTheOthersLoad() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		List<Path> sample = SampleInbox.write(work.resolve("sample"));
		for (Path file : sample.subList(0, 3)) {
			Files.copy(file, inbox.resolve(file.getFileName()));
		}
		Path locked = Files.copy(sample.get(3), inbox.resolve(sample.get(3).getFileName()));
		UserPrincipalLookupService users = locked.getFileSystem().getUserPrincipalLookupService();
		Files.setOwner(locked, users.lookupPrincipalByName("nobody"));
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
		Path output = work.resolve("out");

		ChildProcess run = ChildProcess.startWithoutReadOverride(work.resolve("run.log"), List.of("--inbox=" + inbox,
				"--output=" + output, "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db").toAbsolutePath()
						+ ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));

		assertThat(run.exitCode(Duration.ofMinutes(3))).as(run.log()).isEqualTo(ConsolidationCommand.COMPLETED_WITH_REJECTIONS);
		String name = locked.getFileName().toString();
		assertThat(run.log()).contains("不受理: " + name + " — このファイルを読み取る権限がありません",
				"ファイル 4 件のうち新規 4 件を処理（取込 3 件、うち一部保留 0 件、不受理 1 件、対象外 0 件）");
		Document summary = Jsoup.parse(output.resolve(ReportWriter.SUMMARY).toFile(), "UTF-8");
		assertThat(summary.select("#submissions tr:contains(" + name + ")").text()).contains("不受理");
		assertThat(summary.select("#findings").text()).contains(name, "読み取る権限がありません");
		assertThat(Files.getPosixFilePermissions(locked)).as("the inbox is only read")
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
	}

}
