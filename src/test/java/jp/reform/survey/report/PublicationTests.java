package jp.reform.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publication killed between its renames (a window too short to hit with a real kill) is
 * completed by the next run, from the journal it wrote before the first rename.
 */
class PublicationTests {

	@TempDir
	Path output;

	@Test
	void aPublicationStoppedBetweenItsRenamesIsCompletedByTheNextRun() throws Exception {
		Files.createDirectories(output.resolve("feedback"));
		Files.writeString(output.resolve("feedback/old.html"), "old");
		Files.writeString(output.resolve("summary.html"), "old");
		Publication publication = Publication.open(output);
		Files.createDirectories(publication.staging().resolve("feedback"));
		Files.writeString(publication.staging().resolve("feedback/new.html"), "new");
		Files.writeString(publication.staging().resolve("summary.html"), "new");
		// the journal as publish writes it, and the first rename done: the old feedback set aside
		Files.write(output.resolve(Publication.JOURNAL),
				List.of(publication.staging().getFileName().toString(), "folder feedback", "file summary.html"));
		Files.move(output.resolve("feedback"), publication.staging().resolve(".previous-feedback"));

		Publication.recover(output);

		assertThat(output.resolve("feedback/new.html")).hasContent("new");
		assertThat(output.resolve("feedback/old.html")).doesNotExist();
		assertThat(output.resolve("summary.html")).hasContent("new");
		assertThat(output.resolve(Publication.JOURNAL)).doesNotExist();
		try (var left = Files.list(output)) {
			assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("feedback", "summary.html");
		}
	}

}
