package jp.reform.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** report.pdf's font is read from the jar once per writer, and its file for the charts is there whenever asked for. */
class PdfFontTests {

	private final PdfFont font = new PdfFont();

	@Test
	void theBytesAreTheShippedFontReadOnce() throws IOException {
		byte[] shipped;
		try (InputStream in = getClass().getResourceAsStream(PdfFont.RESOURCE)) {
			shipped = in.readAllBytes();
		}
		byte[] first = font.bytes();
		assertThat(first).hasSize(shipped.length).isEqualTo(shipped);
		assertThat(font.bytes()).isSameAs(first);
	}

	@Test
	void theFileHoldsTheFontAndIsWrittenOnce() throws IOException {
		Path file = font.file();
		assertThat(Files.readAllBytes(file)).isEqualTo(font.bytes());
		long written = Files.getLastModifiedTime(file).toMillis();
		assertThat(font.file()).isEqualTo(file);
		assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(written);
	}

	@Test
	void aFileRemovedByTheSystemsCleaningIsWrittenAgain() throws IOException {
		Path first = font.file();
		Files.delete(first);
		Path again = font.file();
		assertThat(again).isRegularFile();
		assertThat(Files.readAllBytes(again)).isEqualTo(font.bytes());
	}

}
