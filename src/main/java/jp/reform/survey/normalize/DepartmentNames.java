package jp.reform.survey.normalize;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 所管課 and 関係課 as typed → the departments they name, in the order written (the first 所管課 is the
 * lead). Departments are separated by 「、」「,」「，」, spaces (half- or full-width) and line breaks
 * (Alt+Enter, or CR LF pasted from elsewhere), in any mix; 「・」 belongs to names such as
 * 業務改善・DX推進課 and never separates. A separator inside brackets is part of the name
 * (企画課（行革・DX担当、窓口）), and so is a space before one: a note in brackets never turns into
 * departments of its own.
 */
public final class DepartmentNames {

	/** What {@link #join} puts between departments: one per line, as a cell with Alt+Enter shows them. */
	public static final String STORED_SEPARATOR = "\n";

	private static final String SEPARATORS = "、,，､";

	private static final String OPENING = "（(「【［[";

	private static final String CLOSING = "）)」】］]";

	private DepartmentNames() {
	}

	/** The departments named, in order, each once; empty for blank text. */
	public static List<String> split(String text) {
		Set<String> names = new LinkedHashSet<>();
		if (text == null) {
			return List.of();
		}
		StringBuilder name = new StringBuilder();
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (OPENING.indexOf(c) >= 0) {
				depth++;
			}
			else if (CLOSING.indexOf(c) >= 0 && depth > 0) {
				depth--;
			}
			if (depth == 0 && isSeparator(c) && !(Character.isWhitespace(c) && noteFollows(text, i))) {
				add(names, name);
			}
			else {
				name.append(c);
			}
		}
		add(names, name);
		return List.copyOf(names);
	}

	/** Departments as the store keeps them: one per line, lead first. */
	public static String join(List<String> departments) {
		return String.join(STORED_SEPARATOR, departments);
	}

	private static void add(Set<String> names, StringBuilder name) {
		String stripped = name.toString().strip();
		if (!stripped.isEmpty()) {
			names.add(stripped);
		}
		name.setLength(0);
	}

	/** Whether only spaces stand between position {@code i} and an opening bracket: 「企画課 （行革担当）」. */
	private static boolean noteFollows(String text, int i) {
		int j = i;
		while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\u3000')) {
			j++;
		}
		return j < text.length() && OPENING.indexOf(text.charAt(j)) >= 0;
	}

	private static boolean isSeparator(char c) {
		return SEPARATORS.indexOf(c) >= 0 || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
	}

}
