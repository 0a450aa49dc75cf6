package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import jp.reform.survey.fixture.SampleInbox;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Tests that look at the reports of one real run on the shipped sample (embedded database): the job runs
 * once per test class, into {@link #output}. Subclasses share one Spring context and database; a later
 * class's run loads nothing new and writes the same reports.
 */
@SpringBootTest(properties = "reform.job.run-on-startup=false")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sample-output;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(ConsolidationRuns.class)
abstract class SampleOutputTests {

	/** Where tests leave what a person should look at: screenshots, the print PDFs. */
	static final Path ARTIFACTS = Path.of("target", "artifacts");

	@Autowired
	ConsolidationRuns runs;

	Path output;

	@BeforeAll
	void runTheJobOnTheSample() throws Exception {
		Path work = Files.createTempDirectory("sample-output-");
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		SampleInbox.write(inbox);
		output = work.resolve("output");
		JobExecution execution = runs.run(inbox, output);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Files.createDirectories(ARTIFACTS);
	}

}
