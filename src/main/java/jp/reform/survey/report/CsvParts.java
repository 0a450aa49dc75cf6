package jp.reform.survey.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One csv from the csvs of its parts (each plan's rows, written by the same writer): the first part
 * whole, the others without their first line (the BOM and header every part starts with), so the
 * result is byte for byte what the writer makes of all the plans at once.
 */
final class CsvParts {

	private CsvParts() {
	}

	static void concat(List<Path> parts, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		try (OutputStream out = Files.newOutputStream(target)) {
			for (int i = 0; i < parts.size(); i++) {
				try (InputStream in = Files.newInputStream(parts.get(i))) {
					if (i > 0) {
						skipLine(in);
					}
					in.transferTo(out);
				}
			}
		}
	}

	private static void skipLine(InputStream in) throws IOException {
		for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
			// the header line, LF included
		}
	}

}
