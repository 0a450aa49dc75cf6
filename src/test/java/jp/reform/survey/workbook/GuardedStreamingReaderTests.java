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
	void aLargeCleanSheetIsClearedDuringTheReadToo() throws Exception {
		Path large = dir.resolve("大きい表.xlsx");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				java.io.OutputStream out = Files.newOutputStream(large)) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("明細");
			for (int r = 0; r < 8_000; r++) {
				sheet.createRow(r).createCell(0).setCellValue(r * 7.25);
			}
			workbook.write(out);
		}
		WorkbookLimits roomy = new WorkbookLimits(10_000);
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(large.toFile())) {
			assertThat(zip.getEntry("xl/worksheets/sheet1.xml").getSize()).as("past POI's 100 KB grace size")
				.isGreaterThan(100 * 1024);
		}

		assertThat(streaming.readAudited(large, roomy)).hasValueSatisfying(
				grid -> assertThat(grid.sheets().get(0).cellCount()).isEqualTo(8_000));
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
