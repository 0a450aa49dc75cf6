package jp.reform.survey.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.Vocabulary;

/**
 * The layouts the reader knows, in detection order: the shipped ones (standard, ogori, annaka from
 * {@code profiles/} on the classpath), then every {@code *.yml} of the office's own profile folder. An
 * office profile with the name of a shipped one replaces it.
 */
public final class LayoutProfiles {

	static final List<String> BUILT_IN = List.of("standard", "ogori", "annaka", "iizuka-plan");

	private final List<LayoutProfile> profiles;

	private LayoutProfiles(List<LayoutProfile> profiles) {
		this.profiles = List.copyOf(profiles);
	}

	public static LayoutProfiles builtIn() {
		return load(null);
	}

	/** The shipped profiles plus those in {@code officeDir} (null: the shipped ones only). */
	public static LayoutProfiles load(Path officeDir) {
		if (officeDir != null && !Files.isDirectory(officeDir)) {
			throw new LayoutProfileException(officeDir.toString(), "様式定義のフォルダがありません");
		}
		return withFiles(officeDir == null ? List.of() : profileFiles(officeDir));
	}

	/** The shipped profiles plus {@code files}, in order; a file with a shipped profile's name replaces it. */
	static LayoutProfiles withFiles(List<Path> files) {
		LayoutProfileLoader loader = new LayoutProfileLoader();
		Map<String, LayoutProfile> byName = new LinkedHashMap<>();
		for (String name : BUILT_IN) {
			String resource = "/profiles/" + name + ".yml";
			try (InputStream in = LayoutProfiles.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("missing built-in profile " + resource);
				}
				add(byName, loader.load("classpath:" + resource, in));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		for (Path file : files) {
			try (InputStream in = Files.newInputStream(file)) {
				add(byName, loader.load(file.toString(), in));
			}
			catch (IOException ex) {
				throw new LayoutProfileException(file.toString(), "読めません: " + ex.getMessage());
			}
		}
		return new LayoutProfiles(new ArrayList<>(byName.values()));
	}

	/** The built-in fields and every field a profile declares (`fields:`), in that order. */
	public Vocabulary vocabulary() {
		List<Field> declared = new ArrayList<>();
		profiles.forEach(p -> declared.addAll(p.declaredFields()));
		return Vocabulary.builtIn().with(declared);
	}

	public List<LayoutProfile> all() {
		return profiles;
	}

	public LayoutProfile named(String name) {
		return profiles.stream()
			.filter(p -> p.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no profile " + name));
	}

	/** Cover labels of every profile: a cover sheet does not belong to one layout. */
	Map<String, CoverKey> coverLabels() {
		Map<String, CoverKey> labels = new LinkedHashMap<>();
		profiles.forEach(p -> p.coverLabels().forEach(labels::putIfAbsent));
		return labels;
	}

	/** Every label any profile knows, to report what an unrecognised sheet does carry. */
	Map<String, String> knownLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		for (LayoutProfile p : profiles) {
			p.allLabels().forEach(l -> labels.putIfAbsent(l, p.name()));
			p.coverLabels().keySet().forEach(l -> labels.putIfAbsent(l, p.name()));
		}
		return labels;
	}

	private static void add(Map<String, LayoutProfile> byName, LayoutProfile profile) {
		byName.remove(profile.name()); // an office's profile of the same name replaces and follows the shipped ones
		byName.put(profile.name(), profile);
	}

	private static List<Path> profileFiles(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.getFileName().toString().matches("(?i).*\\.ya?ml"))
				.filter(Files::isRegularFile)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new LayoutProfileException(dir.toString(), "フォルダを読めません: " + ex.getMessage());
		}
	}

}
