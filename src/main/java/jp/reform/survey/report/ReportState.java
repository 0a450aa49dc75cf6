package jp.reform.survey.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the outputs in a folder were made from: the store's state, the office's templates and the
 * product version, kept in {@code output/.report-state}. When a run finds the same state there and
 * every output in place, the reports it would write are the ones already there — an unchanged
 * inbox then costs fingerprinting only. Written last, so an interrupted write is redone next time.
 */
final class ReportState {

	static final String FILE = ".report-state";

	private ReportState() {
	}

	/** The state key for a store state as {@code ConsolidationQueries.stateKey()} gives it. */
	static String of(String storeState, Path templateDir) throws IOException {
		StringBuilder state = new StringBuilder("store=").append(storeState);
		state.append("\nversion=").append(ReportState.class.getPackage().getImplementationVersion());
		if (templateDir != null && Files.isDirectory(templateDir)) {
			try (Stream<Path> files = Files.list(templateDir)) {
				for (Path f : files.sorted().toList()) {
					state.append("\ntemplate=").append(f.getFileName()).append(' ').append(Files.size(f)).append(' ')
						.append(Files.getLastModifiedTime(f).toMillis());
				}
			}
		}
		return state.toString();
	}

	static boolean isCurrent(Path outputDir, String state, List<String> outputs) throws IOException {
		Path file = outputDir.resolve(FILE);
		return Files.isRegularFile(file) && outputs.stream().allMatch(o -> Files.isRegularFile(outputDir.resolve(o)))
				&& Files.readString(file, StandardCharsets.UTF_8).equals(state);
	}

	static void record(Path outputDir, String state) throws IOException {
		Files.writeString(outputDir.resolve(FILE), state, StandardCharsets.UTF_8);
	}

}
