package jp.reform.survey.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Safe, readable file names from what departments typed (a department name, a file name) and the
 * links to them. A name can hold anything, "../" included; what reaches the disk is letters,
 * digits (any script) and a few marks, never a path.
 */
public final class FileNames {

	private static final int MAX_LENGTH = 80;

	private final Set<String> used = new HashSet<>();

	/** A name not handed out before in this output, from {@code wanted}. */
	public String unique(String wanted) {
		String base = safe(wanted);
		String name = base;
		for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
			name = base + "_" + n;
		}
		return name;
	}

	public static String safe(String wanted) {
		StringBuilder out = new StringBuilder();
		wanted.codePoints().forEach(c -> out.appendCodePoint(Character.isLetterOrDigit(c) || "・ー－_-()（）".indexOf(c) >= 0 ? c : '_'));
		String name = out.toString().replaceAll("_+", "_").replaceAll("^[_.]+|_+$", "");
		if (name.isEmpty()) {
			return "file";
		}
		return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
	}

	/** A relative link to a path made of these segments. */
	public static String href(String... segments) {
		StringBuilder href = new StringBuilder();
		for (String segment : segments) {
			if (href.length() > 0) {
				href.append('/');
			}
			href.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
		}
		return href.toString();
	}

}
