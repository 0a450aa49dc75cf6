package jp.reform.survey.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test helpers: an empty store between tests sharing one database, sample inboxes, output fingerprints. */
final class TestData {

	private TestData() {
	}

	/** Deletes every survey row, the run history and any run lock (children before parents). */
	static void clearStore(JdbcClient jdbc) {
		for (String table : new String[] { "report_snapshot_version", "report_snapshot", "form_distribution", "finding",
				"item_value", "item_version", "item", "subcategory", "category",
				"submission", "department", "plan", "run_history" }) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		jdbc.sql("UPDATE run_lock SET token = NULL, holder_host = NULL, holder_pid = NULL, acquired_at = NULL,"
				+ " heartbeat_at = NULL").update();
	}

	/** Copies the first {@code limit} workbooks of the shipped sample inbox (by name), file times kept. */
	static Path copyShippedInbox(Path inbox, int limit) throws IOException {
		Files.createDirectories(inbox);
		try (Stream<Path> files = Files.list(Path.of("inbox"))) {
			for (Path file : files.filter(Files::isRegularFile).sorted().limit(limit).toList()) {
				Path target = inbox.resolve(file.getFileName().toString());
				if (!Files.exists(target)) {
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		return inbox;
	}

	/** Every file under {@code dir} with a digest of its bytes: equal maps, byte-identical files. */
	static Map<String, String> digests(Path dir) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				files.put(dir.relativize(file).toString(), HexFormat.of().formatHex(sha256(Files.readAllBytes(file))));
			}
		}
		return files;
	}

	/** Staging folders left in an output folder (there should be none after any run). */
	static List<Path> stagingLeftovers(Path output) throws IOException {
		try (Stream<Path> entries = Files.list(output)) {
			return entries.filter(p -> p.getFileName().toString().startsWith(".staging-")).toList();
		}
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
