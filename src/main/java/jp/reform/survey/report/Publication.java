package jp.reform.survey.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run's outputs, written into a staging folder inside {@code output/} and published together:
 * nothing of them is in place until every one is complete, and then all are moved in by renames
 * within one file system. A journal ({@code .publishing}) is written before the first rename and
 * removed after the last, so a run killed between them is completed by the next one
 * ({@link #open}) rather than leaving half a set. The staging folder is made like any other
 * folder (the account's umask), so what is moved out of it opens for colleagues as the rest does.
 */
public final class Publication implements AutoCloseable {

	static final String STAGING_PREFIX = ".staging-";

	static final String JOURNAL = ".publishing";

	private static final String PREVIOUS = ".previous-";

	private static final Logger log = LoggerFactory.getLogger(Publication.class);

	private final Path output;

	private final Path staging;

	private Publication(Path output, Path staging) {
		this.output = output;
		this.staging = staging;
	}

	/**
	 * Completes a publication a killed run left half done, removes leftover staging folders (runs
	 * take the run lock, so none belongs to a live run) and opens a fresh staging folder.
	 */
	public static Publication open(Path output) throws IOException {
		Files.createDirectories(output);
		recover(output);
		Path staging = Files.createDirectory(output.resolve(STAGING_PREFIX + UUID.randomUUID()));
		return new Publication(output, staging);
	}

	/** Where this run writes; the same relative names as in {@code output/}. */
	public Path staging() {
		return staging;
	}

	/**
	 * Moves {@code folders} (each replaced whole) and then {@code files} into {@code output/}, each
	 * from the staging folder where it must exist; the last file listed is the last to appear.
	 */
	public void publish(List<String> folders, List<String> files) throws IOException {
		List<String> journal = new ArrayList<>();
		journal.add(staging.getFileName().toString());
		folders.forEach(folder -> journal.add("folder " + folder));
		files.forEach(file -> journal.add("file " + file));
		Path pending = staging.resolve(JOURNAL);
		Files.write(pending, journal, StandardCharsets.UTF_8);
		Files.move(pending, output.resolve(JOURNAL), StandardCopyOption.ATOMIC_MOVE);
		rollForward(output, staging, folders, files);
		Files.delete(output.resolve(JOURNAL));
	}

	/** Removes the staging folder and whatever is left in it (all of it when nothing was published). */
	@Override
	public void close() throws IOException {
		deleteTree(staging);
	}

	/** Finishes a journaled publication, then clears every staging folder. */
	public static void recover(Path output) throws IOException {
		if (!Files.isDirectory(output)) {
			return;
		}
		Path journal = output.resolve(JOURNAL);
		if (Files.isRegularFile(journal)) {
			List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
			List<String> folders = new ArrayList<>();
			List<String> files = new ArrayList<>();
			for (String line : lines.subList(1, lines.size())) {
				(line.startsWith("folder ") ? folders : files).add(line.substring(line.indexOf(' ') + 1));
			}
			Path staging = output.resolve(lines.get(0));
			log.warn("前回の実行は出力の置き換えの途中で停止していました。残りの出力を置き換えて完了させます: {}", output.toAbsolutePath());
			rollForward(output, staging, folders, files);
			Files.delete(journal);
		}
		try (Stream<Path> entries = Files.list(output)) {
			for (Path leftover : entries
				.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith(STAGING_PREFIX))
				.toList()) {
				deleteTree(leftover);
			}
		}
	}

	/** Each step is skipped when already done, so a second pass after a kill completes the first. */
	private static void rollForward(Path output, Path staging, List<String> folders, List<String> files)
			throws IOException {
		for (String folder : folders) {
			Path fresh = staging.resolve(folder);
			if (!Files.exists(fresh)) {
				continue;
			}
			Path target = output.resolve(folder);
			Path previous = staging.resolve(PREVIOUS + folder.replace('/', '-'));
			if (Files.exists(target) && !Files.exists(previous)) {
				Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
			}
			else if (Files.exists(target)) {
				// the previous folder is aside already; what is at the target now is a copy made since
				deleteTree(target);
			}
			Files.createDirectories(target.getParent());
			Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
		}
		for (String file : files) {
			Path fresh = staging.resolve(file);
			if (Files.exists(fresh)) {
				Path target = output.resolve(file);
				Files.createDirectories(target.getParent());
				Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
		}
	}

	static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

}
