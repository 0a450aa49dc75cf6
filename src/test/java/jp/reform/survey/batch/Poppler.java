package jp.reform.survey.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads PDFs with Debian's poppler-utils (pdfinfo, pdftotext, pdftoppm), which .ci/run installs: the
 * page count and size, a page's text, pages rendered as PNG for a person to look at.
 */
public final class Poppler {

	private Poppler() {
	}

	/** pdfinfo's fields: "Pages" → "13", "Page size" → "841.92 x 594.96 pts (A4)" … */
	public static Map<String, String> info(Path pdf) throws IOException {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String line : run("pdfinfo", pdf.toString()).split("\n")) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
			}
		}
		return fields;
	}

	public static int pages(Path pdf) throws IOException {
		return Integer.parseInt(info(pdf).get("Pages"));
	}

	/** The text of one page (1-based). */
	public static String text(Path pdf, int page) throws IOException {
		return run("pdftotext", "-layout", "-f", Integer.toString(page), "-l", Integer.toString(page), pdf.toString(),
				"-");
	}

	/** Renders pages first..last as {@code prefix-N.png} at 72 dpi. */
	public static void renderPages(Path pdf, int first, int last, Path prefix) throws IOException {
		run("pdftoppm", "-r", "72", "-png", "-f", Integer.toString(first), "-l", Integer.toString(last),
				pdf.toString(), prefix.toString());
	}

	private static String run(String... command) throws IOException {
		List<String> args = new ArrayList<>(List.of(command));
		Process process;
		try {
			process = new ProcessBuilder(args).redirectErrorStream(false).start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(command[0] + " is required for this test and is missing"
					+ " (.ci/run installs Debian's poppler-utils)", ex);
		}
		try {
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IOException(String.join(" ", args) + " failed: "
						+ new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
			}
			return out;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

}
