package jp.reform.survey.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import jp.reform.survey.fixture.HostileFiles;

import org.junit.jupiter.api.Test;

/**
 * The same hostile and good files through the guard in front of the streaming reader, as the
 * product runs it: there the package check is applied during the read ({@link PackageAudit}) and
 * every refusal must still come, with the same reason.
 */
class GuardedStreamingReaderTests extends GuardedWorkbookReaderTests {

	private final WorkbookLimits limits = new WorkbookLimits(1000);

	private final StreamingWorkbookReader streaming = new StreamingWorkbookReader();

	GuardedStreamingReaderTests() {
		reader = new GuardedWorkbookReader(streaming, limits);
	}

	@Test
	void goodWorkbookIsClearedDuringTheRead() throws Exception {
		Path good = HostileFiles.goodWorkbook(dir, HostileFiles.DEPARTMENT, LocalDate.of(2024, 5, 20));

		assertThat(streaming.readAudited(good, limits)).isPresent();
	}

	@Test
	void hostilePackagesAreNeverClearedDuringTheRead() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");

		assertThat(streaming.readAudited(HostileFiles.xxe(dir, secret), limits)).isEmpty();
		assertThat(streaming.readAudited(HostileFiles.externalLink(dir), limits)).isEmpty();
		assertThat(streaming.readAudited(HostileFiles.zipBomb(dir, 1L << 20), limits)).isEmpty();
		assertThat(streaming.readAudited(HostileFiles.manyRows(dir, "多すぎる行.xlsx", 1001), limits)).isEmpty();
		assertThat(streaming.readAudited(HostileFiles.withDimension(dir, "宣言.xlsx", "A1:I1000000", 3), limits)).isEmpty();
		assertThat(streaming.readAudited(HostileFiles.truncated(dir), limits)).isEmpty();
	}

}
