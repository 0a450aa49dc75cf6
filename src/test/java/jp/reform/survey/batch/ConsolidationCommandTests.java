package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import jp.reform.survey.fixture.SampleInbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The command line's exit codes: 0 all loaded, 3 completed with rejected files, 1 the run failed. */
@SpringBootTest(properties = { "reform.job.run-on-startup=false",
		"spring.datasource.url=jdbc:h2:mem:command;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class ConsolidationCommandTests {

	@Autowired
	ConsolidationCommand command;

	@TempDir
	Path work;

	@Test
	void exitCodesTellSuccessRejectionsAndFailureApart() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		SampleInbox.write(inbox);

		assertThat(command.run(inbox, work.resolve("out"))).isEqualTo(ConsolidationCommand.OK);
		assertThat(work.resolve("out/summary.html")).exists();

		Files.write(inbox.resolve("壊れたファイル.xlsx"), new byte[] { 'P', 'K', 3, 4, 0, 0, 1 });
		assertThat(command.run(inbox, work.resolve("out"))).isEqualTo(ConsolidationCommand.COMPLETED_WITH_REJECTIONS);

		assertThat(command.run(work.resolve("no-such-inbox"), work.resolve("out"))).isEqualTo(ConsolidationCommand.FAILED);
	}

}
