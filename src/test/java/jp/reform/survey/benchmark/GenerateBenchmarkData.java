package jp.reform.survey.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark's files; run by {@link BenchmarkData} in its own JVM with a large heap, so
 * that generating them (POI's writer keeps a whole workbook in memory) never counts against the
 * measured process. Arguments: {@code inbox DIR COUNT SEED} or {@code large DIR ROWS SEED}.
 */
public final class GenerateBenchmarkData {

	private GenerateBenchmarkData() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[1]);
		int size = Integer.parseInt(args[2]);
		long seed = Long.parseLong(args[3]);
		switch (args[0]) {
			case "inbox" -> BenchmarkInbox.write(BenchmarkInbox.plan(size, seed), dir,
					Runtime.getRuntime().availableProcessors());
			case "large" -> LargeWorkbook.write(dir, size, seed);
			default -> throw new IllegalArgumentException("inbox or large, not " + args[0]);
		}
		Files.writeString(dir.resolve(BenchmarkData.COMPLETE), "complete\n");
	}

}
