package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jp.reform.survey.cli.ConsolidationCommand;
import jp.reform.survey.fixture.InboxMutants;
import jp.reform.survey.fixture.SampleInbox;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hostile tester's inbox: the 25 sample workbooks beside 300 broken copies of them (truncated
 * and bit-flipped files and parts, garbage attributes, huge (beyond the store), tiny and NaN values, missing and
 * duplicated zip entries, damaged zips; {@link InboxMutants}). The real job runs to the end with
 * exit 0 or 3, every file of the inbox is recorded with its outcome (a rejected one with its reason),
 * and the published table comes out exactly: the copies are dated before the sample, so one that
 * still loads is an older submission of its department. In a 256 MB heap (tag hostile).
 */
@Tag("hostile")
@SpringBootTest(properties = { "reform.job.run-on-startup=false", "reform.intake.settle=300ms",
		"spring.datasource.url=jdbc:h2:mem:mutants;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
				+ "DB_CLOSE_DELAY=-1" })
class MutantInboxFunctionalTests {

	private static final int MUTANTS = 300;

	@Autowired
	ConsolidationCommand command;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path work;

	@Test
	void brokenCopiesBesideTheSampleNeitherStopTheRunNorChangeItsFigures() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		List<Path> sample = SampleInbox.write(inbox);
		// true: with numbers beyond what the store holds (DECIMAL(24, 6)), each an error at its cell
		Map<InboxMutants.Kind, List<Path>> mutants = InboxMutants.write(inbox, MUTANTS, 19, true);
		assertThat(mutants).hasSize(InboxMutants.Kind.values().length);
		List<String> files;
		try (Stream<Path> listed = Files.list(inbox)) {
			files = listed.map(f -> f.getFileName().toString()).sorted().toList();
		}
		assertThat(files).hasSize(sample.size() + MUTANTS);

		int exit = command.run(inbox, work.resolve("out"));

		assertThat(exit).as("the run completes").isIn(ConsolidationCommand.OK, ConsolidationCommand.COMPLETED_WITH_REJECTIONS);
		Map<String, String> status = statuses();
		assertThat(status.keySet()).as("every file is accounted for").containsExactlyInAnyOrderElementsOf(files);
		sample.forEach(f -> assertThat(status).as("a sample workbook loads").containsEntry(f.getFileName().toString(), "LOADED"));
		assertThat(status.values()).as("some copies are refused, some still load").contains("REJECTED", "LOADED");
		assertThat(rejectedWithoutReason()).as("every refusal says why").isEmpty();
		new PublishedTableAssertions().assertAll(work.resolve("out"));
	}

	private Map<String, String> statuses() {
		Map<String, String> status = new LinkedHashMap<>();
		jdbc.sql("SELECT file_name, status FROM submission ORDER BY file_name")
			.query((rs, n) -> status.put(rs.getString(1), rs.getString(2)))
			.list();
		return status;
	}

	private List<String> rejectedWithoutReason() {
		return jdbc.sql("""
				SELECT s.file_name FROM submission s WHERE s.status = 'REJECTED'
				AND NOT EXISTS (SELECT 1 FROM finding f WHERE f.submission_id = s.id AND f.severity = 'ERROR' AND f.message <> '')
				""").query(String.class).list();
	}

}
