package jp.reform.survey.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.FuzzTest;

import jp.reform.survey.fixture.PackageText;
import jp.reform.survey.fixture.QuietLogs;

import org.junit.jupiter.api.AfterAll;

/**
 * Any bytes in the inbox: the guarded reader gives a grid or a rejection in words an office reads
 * ({@link WorkbookReadException}); nothing else escapes, nothing takes more than 5 s or more than the
 * 256 MB heap (the {@code fuzz-tests} surefire execution). The .xls reader on its own may only
 * decline ({@link UnsupportedPackageException}: POI then reads the file). Seeded with sample workbooks;
 * the suite replays the committed corpus in {@code WorkbookReaderFuzzTestsInputs}, a campaign
 * ({@code JAZZER_FUZZ=1}, README section Tests) adds to it.
 */
class WorkbookReaderFuzzTests {

	/** A reason an office can act on: some Japanese, one line of sensible length. */
	private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

	private static final Path DIR = scratch();

	private static final WorkbookReader GUARDED = new GuardedWorkbookReader(new StreamingWorkbookReader(),
			WorkbookLimits.defaults());

	private static final XlsWorkbookReader XLS = new XlsWorkbookReader();

	static {
		QuietLogs.silence();
		warmUp();
	}

	@FuzzTest
	void guardedReader(byte[] bytes) throws IOException {
		Path file = write(bytes, ".xlsx");
		try {
			readGuarded(file);
		}
		finally {
			Files.delete(file);
		}
	}

	/**
	 * The same door, given an .xlsx as its parts' text ({@link PackageText}): the fuzzer then changes
	 * cells, attributes, values and part names rather than deflated bytes.
	 */
	@FuzzTest
	void packageParts(byte[] parts) throws IOException {
		Path file = write(PackageText.decode(parts), ".xlsx");
		try {
			readGuarded(file);
		}
		finally {
			Files.delete(file);
		}
	}

	@FuzzTest
	void xlsReader(byte[] bytes) throws IOException {
		Path file = write(bytes, ".xls");
		try {
			try {
				GridChecks.consume(XLS.read(file));
			}
			catch (UnsupportedPackageException declined) {
				// POI's user model has the final word, through the guarded reader below
			}
			readGuarded(file);
		}
		finally {
			Files.delete(file);
		}
	}

	private static void readGuarded(Path file) {
		try {
			GridChecks.consume(GUARDED.read(file));
		}
		catch (WorkbookReadException rejected) {
			assertThat(rejected.getMessage()).as("the rejection reason").isNotBlank().containsPattern(JAPANESE);
		}
	}

	/**
	 * Reads the seeds once each way before any input is timed: the first read loads thousands of
	 * classes (POI's user model above all), which on a busy machine can take longer than 5 s.
	 */
	private static void warmUp() {
		for (String seed : List.of("guardedReader/minimal.xlsx", "guardedReader/sample-tax.xlsx",
				"xlsReader/sample-dx.xls")) {
			try (InputStream in = WorkbookReaderFuzzTests.class.getResourceAsStream("WorkbookReaderFuzzTestsInputs/" + seed)) {
				Path file = write(in.readAllBytes(), seed.substring(seed.lastIndexOf('.')));
				GridChecks.consume(new PoiWorkbookReader().read(file));
				GridChecks.consume(GUARDED.read(file));
				Files.delete(file);
			}
			catch (IOException | WorkbookReadException ex) {
				throw new IllegalStateException("seed " + seed, ex);
			}
		}
	}

	private static Path write(byte[] bytes, String suffix) throws IOException {
		return Files.write(Files.createTempFile(DIR, "input", suffix), bytes);
	}

	private static Path scratch() {
		try {
			return Files.createTempDirectory("workbook-fuzz-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@AfterAll
	static void removeScratch() throws IOException {
		try (var left = Files.list(DIR)) {
			for (Path file : left.toList()) {
				Files.delete(file);
			}
		}
		Files.deleteIfExists(DIR);
	}

}
