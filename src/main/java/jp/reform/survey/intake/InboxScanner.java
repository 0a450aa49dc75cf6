package jp.reform.survey.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lists the files in the inbox (not its subfolders), in name order, and fingerprints their
 * content. Files are only ever read: the inbox belongs to the office. Every file is a candidate
 * whatever its name — what it is, is decided by its content when it is read — except Excel's lock
 * files, hidden files and those matching an {@code ignore} pattern (README.txt, Thumbs.db: what
 * the office keeps there on purpose). A file this account may not read is still listed, with a
 * fingerprint of its name, size and time, so that it is reported rather than failing the run.
 * <p>
 * A nightly run may start while someone is still copying a file into the shared folder. When a
 * workbook was written to within the last moment ({@code settle}), every workbook is therefore looked
 * at twice, that moment apart, and once more after its content was fingerprinted; a file whose size
 * or time changed in between is left for the next run instead of being read half-written.
 */
public final class InboxScanner {

	/**
	 * What was found: files to consider, files left out by an ignore pattern (named for the log),
	 * files still changing (being copied), left for the next run, and folders named like a workbook
	 * (never read: the inbox's subfolders are not looked into).
	 */
	public record Scan(List<InboxFile> files, List<String> ignored, List<String> changing, List<String> folders) {
	}

	/** Waits between the two looks; tests make the wait do what a copy in progress does. */
	@FunctionalInterface
	public interface Pause {

		void pause(Duration duration) throws IOException;

	}

	private record Look(long size, FileTime modified) {

		static Look of(Path file) throws IOException {
			return new Look(Files.size(file), Files.getLastModifiedTime(file));
		}

	}

	private final ZoneId zone;

	private final Duration settle;

	private final Pause pause;

	private final IgnorePatterns ignore;

	/** Without a settle time: for callers that know the folder is still (tests, one-off tools). */
	public InboxScanner(ZoneId zone) {
		this(zone, Duration.ZERO, InboxScanner::sleep);
	}

	/** Looks twice, {@code settle} apart, sleeping in between. */
	public InboxScanner(ZoneId zone, Duration settle) {
		this(zone, settle, InboxScanner::sleep);
	}

	/** As above, leaving out the files whose names match one of {@code ignore} (glob patterns). */
	public InboxScanner(ZoneId zone, Duration settle, List<String> ignore) {
		this(zone, settle, InboxScanner::sleep, new IgnorePatterns(ignore));
	}

	public InboxScanner(ZoneId zone, Duration settle, Pause pause) {
		this(zone, settle, pause, new IgnorePatterns(List.of()));
	}

	private InboxScanner(ZoneId zone, Duration settle, Pause pause, IgnorePatterns ignore) {
		this.zone = zone;
		this.settle = settle;
		this.pause = pause;
		this.ignore = ignore;
	}

	public Scan scan(Path inbox) throws IOException {
		List<String> ignored = new ArrayList<>();
		List<Path> files;
		List<String> folders;
		try (Stream<Path> listing = Files.list(inbox)) {
			List<Path> entries = listing.sorted().toList();
			files = entries.stream().filter(Files::isRegularFile).toList();
			folders = entries.stream()
				.filter(Files::isDirectory)
				.map(folder -> folder.getFileName().toString())
				.filter(InboxScanner::namedLikeAWorkbook)
				.toList();
		}
		Map<Path, Look> firstLook = new HashMap<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			if (name.startsWith(".") || isLockFile(name)) {
				continue;
			}
			Optional<String> pattern = ignore.match(name);
			if (pattern.isPresent()) {
				ignored.add(name + "（" + pattern.get() + "）");
			}
			else {
				firstLook.put(file, Look.of(file));
			}
		}
		if (!settle.isZero() && anyModifiedWithin(firstLook.values(), settle)) {
			pause.pause(settle);
		}
		// Fingerprinting is the whole cost of an unchanged inbox: spread it over the cores (the
		// parallel stream keeps the name order). A file whose size or time moved is left for next run.
		List<Path> candidates = files.stream().filter(firstLook::containsKey).toList();
		List<Optional<InboxFile>> looked;
		try {
			looked = candidates.parallelStream().map(file -> settled(file, firstLook.get(file))).toList();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		List<InboxFile> workbooks = new ArrayList<>();
		List<String> changing = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			if (looked.get(i).isPresent()) {
				workbooks.add(looked.get(i).get());
			}
			else {
				changing.add(candidates.get(i).getFileName().toString());
			}
		}
		return new Scan(workbooks, ignored, changing, folders);
	}

	/**
	 * Only a file written to within the settle time can still be being copied (a copy keeps writing,
	 * and so keeps moving the file's time); when every file is older, the wait would show nothing new.
	 */
	private static boolean anyModifiedWithin(java.util.Collection<Look> looks, Duration settle) {
		java.time.Instant since = java.time.Instant.now().minus(settle);
		return looks.stream().anyMatch(look -> !look.modified().toInstant().isBefore(since));
	}

	private static void sleep(Duration duration) throws IOException {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new java.io.InterruptedIOException("受信フォルダの確認中に中断されました");
		}
	}

	/** Excel's lock file beside an open workbook (~$name.xlsx): not a submission, not worth a log line. */
	/** A folder named like a workbook is most likely a workbook saved or unpacked the wrong way. */
	private static boolean namedLikeAWorkbook(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls") || lower.endsWith(".ods");
	}

	static boolean isLockFile(String name) {
		return name.startsWith("~$");
	}

	/** The file fingerprinted, or empty when it changed since the first look (still being copied). */
	private Optional<InboxFile> settled(Path file, Look first) {
		try {
			if (!Files.isRegularFile(file) || !first.equals(Look.of(file))) {
				return Optional.empty();
			}
			String fingerprint;
			try {
				fingerprint = sha256(file);
			}
			catch (AccessDeniedException ex) {
				// reported by the reader, which meets the same refusal; read once permitted, it is new content
				fingerprint = unreadable(file, first);
			}
			if (!first.equals(Look.of(file))) {
				return Optional.empty();
			}
			return Optional.of(new InboxFile(file, first.size(),
					LocalDateTime.ofInstant(first.modified().toInstant(), zone), fingerprint));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file that cannot be read stands for itself by what can be seen of it: name, size, time. */
	private static String unreadable(Path file, Look look) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(("unreadable\0" + file.getFileName() + "\0" + look.size() + "\0" + look.modified())
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** The fingerprint intake records for a file: SHA-256 of its content, as hex. */
	public static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[64 * 1024];
			for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
