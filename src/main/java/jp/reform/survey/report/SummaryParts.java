package jp.reform.survey.report;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blocks of summary.html that change with every run (run time, changes since the previous run,
 * run history) sit between the lines {@code <!--reform:part NAME-->} and {@code <!--/reform:part-->};
 * the page's head names the state it was built from. When the state has not changed, a run copies
 * the page with fresh blocks instead of building it again.
 */
final class SummaryParts {

	private static final String OPEN = "<!--reform:part ";

	private static final String CLOSE = "<!--/reform:part-->";

	/** Marker lines are short; longer lines (most of the page) are copied without being decoded. */
	private static final int MARKER_LENGTH = 200;


	private static final Pattern STATE = Pattern.compile("<meta name=\"reform-report-state\" content=\"([0-9a-f]*)\">");

	private SummaryParts() {
	}

	/** The state key a page was written from; empty when it has none (or is not there). */
	static Optional<String> state(Path page) throws IOException {
		if (!Files.isRegularFile(page)) {
			return Optional.empty();
		}
		try (BufferedReader in = Files.newBufferedReader(page, StandardCharsets.UTF_8)) {
			for (String line = in.readLine(); line != null && !line.contains("</head>"); line = in.readLine()) {
				Matcher m = STATE.matcher(line);
				if (m.find() && !m.group(1).isEmpty()) {
					return Optional.of(m.group(1));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Copies {@code page} to {@code target} with every part replaced by its fresh content. Returns
	 * false, leaving the target incomplete, when the page has a part not in {@code fresh}, an unclosed
	 * part, or lacks one of them: the caller then builds the page anew. The markers are ASCII lines,
	 * so the page is streamed line by line as bytes, never decoded nor held whole (a prefecture's page
	 * runs to tens of megabytes).
	 */
	static boolean splice(Path page, Path target, Map<String, String> fresh) throws IOException {
		return splice(page, target, fresh, null);
	}

	/**
	 * As {@link #splice(Path, Path, Map)}, the page's state key also replaced by {@code state} (unless null):
	 * a plan's page taken from the cache names the state of the reports it is published with.
	 */
	static boolean splice(Path page, Path target, Map<String, String> fresh, String state) throws IOException {
		Set<String> replaced = new HashSet<>();
		try (InputStream in = Files.newInputStream(page);
				OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
			Line line = new Line();
			// the state is named once, in the head
			boolean stateDue = state != null;
			while (line.read(in)) {
				if (stateDue && line.replaceState(out, state)) {
					stateDue = false;
					continue;
				}
				line.writeTo(out);
				String name = line.partName();
				if (name == null) {
					continue;
				}
				String content = fresh.get(name);
				if (content == null || !replaced.add(name)) {
					return false;
				}
				out.write(content.getBytes(StandardCharsets.UTF_8));
				if (!content.isEmpty() && !content.endsWith("\n")) {
					out.write('\n');
				}
				if (!skipToClose(in, line)) {
					return false;
				}
				line.writeTo(out);
			}
		}
		return replaced.equals(fresh.keySet());
	}

	private static boolean skipToClose(InputStream in, Line line) throws IOException {
		while (line.read(in)) {
			if (line.isClose()) {
				return true;
			}
		}
		return false;
	}

	/** One line of the page as bytes, its newline included; the buffer is reused from line to line. */
	private static final class Line {

		private final byte[] chunk = new byte[1 << 16];

		private int position;

		private int limit;

		private byte[] bytes = new byte[1024];

		private int length;

		/** Reads the next line from {@code in} (always the same stream), through its own chunk buffer. */
		boolean read(InputStream in) throws IOException {
			length = 0;
			while (true) {
				if (position == limit) {
					limit = in.read(chunk);
					position = 0;
					if (limit <= 0) {
						limit = 0;
						return length > 0;
					}
				}
				int end = position;
				while (end < limit && chunk[end] != '\n') {
					end++;
				}
				boolean newline = end < limit;
				append(position, (newline ? end + 1 : end) - position);
				position = newline ? end + 1 : end;
				if (newline) {
					return true;
				}
			}
		}

		private void append(int from, int count) {
			if (length + count > bytes.length) {
				bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
			}
			System.arraycopy(chunk, from, bytes, length, count);
			length += count;
		}

		void writeTo(OutputStream out) throws IOException {
			out.write(bytes, 0, length);
		}

		/** The part a marker line opens, or null for any other line. */
		String partName() {
			if (!comment()) {
				return null;
			}
			String trimmed = trimmed();
			return trimmed.startsWith(OPEN) && trimmed.endsWith("-->")
					? trimmed.substring(OPEN.length(), trimmed.length() - 3).trim() : null;
		}

		/** Writes the line with its state key replaced, if it is the state line; false for any other line. */
		boolean replaceState(OutputStream out, String state) throws IOException {
			if (length > MARKER_LENGTH) {
				return false;
			}
			String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
			Matcher m = STATE.matcher(text);
			if (!m.find()) {
				return false;
			}
			out.write((text.substring(0, m.start(1)) + state + text.substring(m.end(1))).getBytes(StandardCharsets.UTF_8));
			return true;
		}

		boolean isClose() {
			return comment() && trimmed().equals(CLOSE);
		}

		/**
		 * Whether the line is short and starts, after blanks, with {@code <!--}: a marker can only be such
		 * a line, and the bytes tell without decoding the line (a page has tens of thousands of short lines).
		 */
		private boolean comment() {
			if (length > MARKER_LENGTH) {
				return false;
			}
			int i = 0;
			while (i < length && (bytes[i] == ' ' || bytes[i] == '\t')) {
				i++;
			}
			return i + 4 <= length && bytes[i] == '<' && bytes[i + 1] == '!' && bytes[i + 2] == '-' && bytes[i + 3] == '-';
		}

		private String trimmed() {
			return new String(bytes, 0, length, StandardCharsets.UTF_8).trim();
		}

	}

}
