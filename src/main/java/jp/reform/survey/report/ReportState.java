package jp.reform.survey.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The key of what a set of reports was built from: the store's digest, the office's templates
 * (their names and content) and the build of this program (its build-info, so a new version
 * rewrites everything once). Reports written from the same key are the same, apart from the parts
 * of summary.html that change with every run.
 */
public final class ReportState {

	/** Written by the build (spring-boot-maven-plugin, goal build-info); absent when run from an IDE. */
	private static final String BUILD_INFO = "/META-INF/build-info.properties";

	private ReportState() {
	}

	public static String key(String storeDigest, Path templateDir) {
		MessageDigest sha = sha256();
		sha.update(storeDigest.getBytes(StandardCharsets.UTF_8));
		sha.update((byte) 0);
		try (InputStream build = ReportState.class.getResourceAsStream(BUILD_INFO)) {
			if (build != null) {
				sha.update(build.readAllBytes());
			}
			sha.update((byte) 0);
			if (templateDir != null && Files.isDirectory(templateDir)) {
				List<Path> files;
				try (Stream<Path> walk = Files.walk(templateDir)) {
					files = walk.filter(Files::isRegularFile).sorted().toList();
				}
				for (Path file : files) {
					sha.update(templateDir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
					sha.update((byte) 0);
					sha.update(Files.readAllBytes(file));
					sha.update((byte) 0);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
