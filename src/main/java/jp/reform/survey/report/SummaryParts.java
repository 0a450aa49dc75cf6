package jp.reform.survey.report;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
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

	private static final byte[] OPEN_BYTES = OPEN.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] CLOSE_BYTES = CLOSE.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] NEWLINE = { '\n' };

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
	 * so the page is copied as bytes, never decoded (a prefecture's page runs to megabytes).
	 */
	static boolean splice(Path page, Path target, Map<String, String> fresh) throws IOException {
		byte[] bytes = Files.readAllBytes(page);
		Set<String> replaced = new HashSet<>();
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
			int copied = 0;
			for (int open = indexOf(bytes, OPEN_BYTES, 0); open >= 0; open = indexOf(bytes, OPEN_BYTES, copied)) {
				int lineEnd = indexOf(bytes, NEWLINE, open);
				if (lineEnd < 0) {
					return false;
				}
				String name = partName(new String(bytes, open, lineEnd - open, StandardCharsets.UTF_8));
				String content = name == null ? null : fresh.get(name);
				int close = indexOf(bytes, CLOSE_BYTES, lineEnd);
				if (content == null || !replaced.add(name) || close < 0) {
					return false;
				}
				out.write(bytes, copied, lineEnd + 1 - copied);
				out.write(content.getBytes(StandardCharsets.UTF_8));
				if (!content.isEmpty() && !content.endsWith("\n")) {
					out.write('\n');
				}
				copied = lineStart(bytes, close);
			}
			out.write(bytes, copied, bytes.length - copied);
		}
		return replaced.equals(fresh.keySet());
	}

	private static String partName(String line) {
		String trimmed = line.trim();
		if (!trimmed.startsWith(OPEN) || !trimmed.endsWith("-->")) {
			return null;
		}
		return trimmed.substring(OPEN.length(), trimmed.length() - 3).trim();
	}

	/** Where the line holding {@code at} starts (the closing marker keeps its own indentation). */
	private static int lineStart(byte[] bytes, int at) {
		int start = at;
		while (start > 0 && bytes[start - 1] != '\n') {
			start--;
		}
		return start;
	}

	private static int indexOf(byte[] bytes, byte[] what, int from) {
		outer: for (int i = from; i <= bytes.length - what.length; i++) {
			for (int j = 0; j < what.length; j++) {
				if (bytes[i + j] != what[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
