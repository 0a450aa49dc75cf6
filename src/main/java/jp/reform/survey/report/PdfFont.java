package jp.reform.survey.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * report.pdf's one font, IPAexゴシック, shipped inside the jar: read from it once and kept, for the text
 * (parsed and subset per PDF) and as a file for the charts (Batik reads a font from a file only). A
 * prefecture's first run makes 36 PDFs; each read the 6 MB font out of the jar twice and wrote it to a
 * file of its own.
 */
final class PdfFont {

	static final String RESOURCE = "/fonts/ipaexg.ttf";

	private byte[] bytes;

	private Path file;

	/** The font's bytes, read from the jar on first use (a run without PDFs never reads them). */
	synchronized byte[] bytes() throws IOException {
		if (bytes == null) {
			try (InputStream in = PdfFont.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IOException("報告書 PDF のフォント " + RESOURCE + " が見つかりません");
				}
				bytes = in.readAllBytes();
			}
		}
		return bytes;
	}

	/**
	 * The font as a temporary file, written on first use and again should it have gone (a service runs for
	 * weeks beside the system's cleaning of temporary files); removed when the JVM exits.
	 */
	synchronized Path file() throws IOException {
		if (file == null || !Files.isRegularFile(file)) {
			Path written = Files.createTempFile("reform-report-font-", ".ttf");
			written.toFile().deleteOnExit();
			Files.write(written, bytes());
			file = written;
		}
		return file;
	}

}
