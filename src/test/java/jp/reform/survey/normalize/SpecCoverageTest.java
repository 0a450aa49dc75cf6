package jp.reform.survey.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Keeps the TSV vectors in step with the spec: every cell text in the first column of the tables
 * of shared/spec/normalization.md (split on " / ") must appear as a vector in the matching TSV.
 */
class SpecCoverageTest {

	/** The shared spec beside the checkout (CI always has it). */
	private static final Path SHARED_SPEC = Path.of("..", "shared", "spec", "normalization.md");

	/** A copy kept with the tests, so a clone without shared/ beside it still runs the check. */
	private static final Path SPEC_COPY = Path.of("src", "test", "resources", "spec", "normalization.md");

	/**
	 * First-column entries that describe a cell instead of quoting it, and the TSV text that
	 * covers each (with the column unit the vector must use, where that is the point).
	 */
	private static final Map<String, Covered> DESCRIBED = Map.of(
			"7 (bare, in the year column of a 令和 plan)", new Covered("7", null),
			// the "date cell" half is covered by FiscalYearsTest.fromDateGivesTheFiscalYearContainingIt
			"2024/4/1 (or a date cell)", new Covered("2024/4/1", null),
			"blank", new Covered("", null),
			"−395 (U+2212)", new Covered("−395", null),
			"ー395 (katakana ー)", new Covered("ー395", null),
			"1,234 under a header or label saying （単位：千円）", new Covered("1,234", "KYEN"),
			"1,234円 in a 千円 column", new Covered("1,234円", "KYEN"),
			// a formula's cached number is a numeric cell (below); its cached error arrives as text
			"a formula cell", new Covered("#DIV/0!", null));

	/** Entries not about cell text at all, and the unit test that covers each. */
	private static final Map<String, String> EXCLUDED = Map.of(
			"a numeric cell −395 shown as △395 by its number format",
			"NumbersTest.numericCellUsesTheStoredValue");

	private record Covered(String text, String columnUnit) {
	}

	@Test
	void theCopyMatchesTheSharedSpec() throws IOException {
		if (Files.exists(SHARED_SPEC)) {
			assertThat(Files.readString(SPEC_COPY, StandardCharsets.UTF_8))
				.as("src/test/resources/spec/normalization.md is a copy of ../shared/spec/normalization.md; refresh it")
				.isEqualTo(Files.readString(SHARED_SPEC, StandardCharsets.UTF_8));
		}
	}

	@Test
	void everySpecCellTextHasAVector() throws IOException {
		Map<String, List<String>> tables = firstColumnsBySection(Files.readAllLines(SPEC_COPY, StandardCharsets.UTF_8));
		List<String> fiscal = section(tables, "Fiscal years");
		List<String> numbers = section(tables, "Numbers");
		assertThat(fiscal).as("fiscal-year cells read from the spec").hasSizeGreaterThan(30);
		assertThat(numbers).as("number cells read from the spec").hasSizeGreaterThan(40);

		List<VectorFile.Row> fiscalRows = new ArrayList<>(VectorFile.load("fiscal-years.tsv").rows());
		fiscalRows.addAll(VectorFile.load("fiscal-ranges.tsv").rows());
		assertCovered(fiscal, fiscalRows);
		assertCovered(numbers, VectorFile.load("numbers.tsv").rows());
	}

	private static void assertCovered(List<String> specCells, List<VectorFile.Row> rows) {
		Set<String> texts = rows.stream().map(VectorFile.Row::text).collect(Collectors.toSet());
		for (String cell : specCells) {
			if (EXCLUDED.containsKey(cell)) {
				continue;
			}
			Covered covered = DESCRIBED.getOrDefault(cell, new Covered(cell, null));
			assertThat(texts).as("a vector for spec cell 「%s」", cell).contains(covered.text());
			if (covered.columnUnit() != null) {
				assertThat(rows).as("a vector for 「%s」 in a %s column", cell, covered.columnUnit())
						.anyMatch(r -> r.text().equals(covered.text()) && r.get(1).equals(covered.columnUnit()));
			}
		}
	}

	/** "## heading" → first-column cells of the tables under it (header and rule rows skipped). */
	private static Map<String, List<String>> firstColumnsBySection(List<String> lines) {
		Map<String, List<String>> sections = new LinkedHashMap<>();
		String heading = "";
		boolean inTable = false;
		for (String line : lines) {
			if (line.startsWith("## ")) {
				heading = line.substring(3);
				continue;
			}
			if (!line.startsWith("|")) {
				inTable = false;
				continue;
			}
			boolean header = !inTable;
			inTable = true;
			if (header || line.matches("\\|[-| :]+\\|?")) {
				continue;
			}
			String first = line.split("\\|", -1)[1].strip();
			for (String cell : first.split(" / ")) {
				sections.computeIfAbsent(heading, h -> new ArrayList<>()).add(cell.strip());
			}
		}
		return sections;
	}

	private static List<String> section(Map<String, List<String>> tables, String headingStart) {
		return tables.entrySet().stream()
				.filter(e -> e.getKey().startsWith(headingStart))
				.findFirst()
				.map(Map.Entry::getValue)
				.orElseThrow(() -> new AssertionError("no table under a heading starting " + headingStart));
	}
}
