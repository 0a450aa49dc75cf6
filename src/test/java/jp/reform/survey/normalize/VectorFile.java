package jp.reform.survey.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A TSV file of hand-written test vectors under src/test/resources/normalize/. Lines starting
 * with "# " are comments; the first other line is the header. In fields, {@code <blank>} is the
 * empty string and {@code \n} a line break.
 */
record VectorFile(String name, List<String> header, List<VectorFile.Row> rows) {

	record Row(String file, int line, List<String> fields) {

		String get(int column) {
			return fields.get(column);
		}

		/** The cell text under test, unescaped. */
		String text() {
			return unescape(fields.get(0));
		}

		@Override
		public String toString() {
			return file + ":" + line + " " + String.join(" | ", fields);
		}
	}

	static VectorFile load(String name) {
		String resource = "/normalize/" + name;
		try (InputStream in = VectorFile.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource " + resource);
			}
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			List<String> header = null;
			List<Row> rows = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				// "# " starts a comment; #DIV/0! is a vector
				if (line.startsWith("# ") || line.equals("#") || line.isEmpty()) {
					continue;
				}
				List<String> fields = Arrays.asList(line.split("\t", -1));
				if (header == null) {
					header = fields;
				}
				else if (fields.size() != header.size()) {
					throw new IllegalStateException(name + ":" + (i + 1) + " has " + fields.size()
							+ " fields, header has " + header.size());
				}
				else {
					rows.add(new Row(name, i + 1, fields));
				}
			}
			return new VectorFile(name, header, rows);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String unescape(String field) {
		return "<blank>".equals(field) ? "" : field.replace("\\n", "\n");
	}
}
