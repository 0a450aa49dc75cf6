package jp.reform.survey.report;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
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
	 * part, or lacks one of them: the caller then builds the page anew.
	 */
	static boolean splice(Path page, Path target, Map<String, String> fresh) throws IOException {
		Set<String> replaced = new HashSet<>();
		try (BufferedReader in = Files.newBufferedReader(page, StandardCharsets.UTF_8);
				BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				out.write(line);
				out.write('\n');
				String name = partName(line);
				if (name == null) {
					continue;
				}
				String content = fresh.get(name);
				if (content == null || !replaced.add(name)) {
					return false;
				}
				out.write(content);
				if (!content.isEmpty() && !content.endsWith("\n")) {
					out.write('\n');
				}
				if (!skipToClose(in)) {
					return false;
				}
				out.write(CLOSE);
				out.write('\n');
			}
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

	private static boolean skipToClose(BufferedReader in) throws IOException {
		for (String line = in.readLine(); line != null; line = in.readLine()) {
			if (line.trim().equals(CLOSE)) {
				return true;
			}
		}
		return false;
	}

}
