package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;

import jp.reform.survey.fixture.Plan;
import jp.reform.survey.fixture.SampleInbox;
import jp.reform.survey.fixture.StandardWorkbookWriter;
import jp.reform.survey.report.ReportWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An unchanged inbox costs fingerprinting only: nothing is loaded and the reports already in the
 * output folder are kept as they are. Any change — a new file, an edited template — writes them anew.
 */
@SpringBootTest(properties = { "reform.job.run-on-startup=false",
		"spring.datasource.url=jdbc:h2:mem:incremental;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class IncrementalRunFunctionalTests {

	private static final FileTime LONG_AGO = FileTime.fromMillis(0);

	@Autowired
	ConsolidationCommand command;

	@TempDir
	Path work;

	@Test
	void reportsAreKeptWhileNothingChangesAndRewrittenWhenSomethingDoes() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		Path output = work.resolve("out");
		SampleInbox.write(inbox);
		assertThat(command.run(inbox, output)).isEqualTo(ConsolidationCommand.OK);
		OutputSnapshot first = OutputSnapshot.of(output);
		Path summary = output.resolve(ReportWriter.SUMMARY);
		Files.setLastModifiedTime(summary, LONG_AGO);

		assertThat(command.run(inbox, output)).isEqualTo(ConsolidationCommand.OK);

		assertThat(Files.getLastModifiedTime(summary)).as("kept, not rewritten").isEqualTo(LONG_AGO);
		assertThat(OutputSnapshot.of(output)).isEqualTo(first);

		Plan plan = Plan.iizuka2023();
		StandardWorkbookWriter.write(plan, "税務課", LocalDate.of(2024, 6, 30),
				plan.items().stream().filter(i -> i.lead().equals("税務課")).toList(), inbox.resolve("税務課_再提出.xlsx"));
		assertThat(command.run(inbox, output)).isEqualTo(ConsolidationCommand.OK);

		assertThat(Files.getLastModifiedTime(summary)).as("a new submission rewrites the reports").isNotEqualTo(LONG_AGO);
		assertThat(Files.readString(summary)).contains("税務課_再提出.xlsx");
	}

}
