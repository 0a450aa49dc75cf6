package jp.reform.survey.intake;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code reform.intake.ignore} patterns: glob patterns on a file's name ({@code README*},
 * {@code *.txt}, {@code Thumbs.db}), upper and lower case alike, as names on a Windows share are.
 */
final class IgnorePatterns {

	private record Pattern(String text, PathMatcher matcher) {
	}

	private final List<Pattern> patterns = new ArrayList<>();

	IgnorePatterns(List<String> globs) {
		for (String glob : globs) {
			if (glob == null || glob.isBlank()) {
				continue;
			}
			try {
				patterns.add(new Pattern(glob, FileSystems.getDefault()
					.getPathMatcher("glob:" + glob.strip().toLowerCase(Locale.ROOT))));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("設定 reform.intake.ignore のパターン「" + glob + "」が読めません: "
						+ ex.getMessage(), ex);
			}
		}
	}

	/** The first pattern the name matches, if any. */
	Optional<String> match(String fileName) {
		Path name = Path.of(fileName.toLowerCase(Locale.ROOT));
		return patterns.stream().filter(p -> p.matcher().matches(name)).map(Pattern::text).findFirst();
	}

}
