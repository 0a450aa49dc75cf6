package jp.reform.survey.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Lists the workbooks in the inbox (not its subfolders), in name order, and fingerprints their
 * content. Files are only ever read: the inbox belongs to the office.
 */
public final class InboxScanner {

	/** What was found: workbooks to consider, and other files named for the log. */
	public record Scan(List<InboxFile> workbooks, List<String> ignored) {
	}

	private final ZoneId zone;

	public InboxScanner(ZoneId zone) {
		this.zone = zone;
	}

	public Scan scan(Path inbox) throws IOException {
		List<InboxFile> workbooks = new ArrayList<>();
		List<String> ignored = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> listing = Files.list(inbox)) {
			files = listing.filter(Files::isRegularFile).sorted().toList();
		}
		List<Path> candidates = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			if (isWorkbookName(name)) {
				candidates.add(file);
			}
			else if (!name.startsWith(".")) {
				ignored.add(name);
			}
		}
		// Fingerprinting is the whole cost of an unchanged inbox: spread it over the cores (the
		// parallel stream keeps the name order).
		try {
			workbooks.addAll(candidates.parallelStream().map(this::fingerprinted).toList());
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		return new Scan(workbooks, ignored);
	}

	private InboxFile fingerprinted(Path file) {
		try {
			return new InboxFile(file, Files.size(file),
					LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), zone), sha256(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Excel's lock files (~$name.xlsx) and hidden files are not submissions. */
	static boolean isWorkbookName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return !name.startsWith("~$") && !name.startsWith(".")
				&& (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls"));
	}

	static String sha256(Path file) throws IOException {
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
