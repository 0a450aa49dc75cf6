package jp.reform.survey.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks every hand-written vector of the TSV files (which cover every cell of normalization.md). */
class NormalizationVectorsTest {

	private final FiscalYears fiscalYears = new FiscalYears();
	private final Numbers numbers = new Numbers();
	private final StatusWords statusWords = new StatusWords();

	static Stream<VectorFile.Row> fiscalYearRows() {
		return VectorFile.load("fiscal-years.tsv").rows().stream();
	}

	static Stream<VectorFile.Row> fiscalRangeRows() {
		return VectorFile.load("fiscal-ranges.tsv").rows().stream();
	}

	static Stream<VectorFile.Row> numberRows() {
		return VectorFile.load("numbers.tsv").rows().stream();
	}

	static Stream<VectorFile.Row> statusRows() {
		return VectorFile.load("status-words.tsv").rows().stream();
	}

	// text context_era kind value warn
	@ParameterizedTest(name = "{0}")
	@MethodSource("fiscalYearRows")
	void fiscalYear(VectorFile.Row row) {
		Normalized<Integer> result = fiscalYears.parse(row.text(), era(row.get(1)));

		assertKind(result, row.get(2));
		if (result instanceof Normalized.Value<Integer> v) {
			assertThat(v.value()).isEqualTo(Integer.valueOf(row.get(3)));
			assertWarnings(v, row.get(4));
		}
	}

	// text context_era kind first last warn
	@ParameterizedTest(name = "{0}")
	@MethodSource("fiscalRangeRows")
	void fiscalRange(VectorFile.Row row) {
		Normalized<YearRange> result = fiscalYears.parseRange(row.text(), era(row.get(1)));

		assertKind(result, row.get(2));
		if (result instanceof Normalized.Value<YearRange> v) {
			assertThat(v.value()).isEqualTo(new YearRange(Integer.parseInt(row.get(3)), Integer.parseInt(row.get(4))));
			assertWarnings(v, row.get(5));
		}
	}

	// text column_unit kind value unit comparator approx warn
	@ParameterizedTest(name = "{0}")
	@MethodSource("numberRows")
	void number(VectorFile.Row row) {
		Normalized<Quantity> result = numbers.parse(row.text(), Unit.valueOf(row.get(1)));

		assertKind(result, row.get(2));
		if (result instanceof Normalized.Value<Quantity> v) {
			Quantity q = v.value();
			assertThat(q.value()).isEqualByComparingTo(new BigDecimal(row.get(3)));
			assertThat(q.value().toPlainString()).as("plain, stripped scale").isEqualTo(row.get(3));
			assertThat(q.value().scale()).isNotNegative();
			assertThat(q.unit()).isEqualTo(dashIsNull(row.get(4)));
			assertThat(q.comparator()).isEqualTo(Comparator.valueOf(row.get(5)));
			assertThat(q.approximate()).isEqualTo(yes(row.get(6)));
			assertWarnings(v, row.get(7));
		}
	}

	// text kind canonical implemented warn
	@ParameterizedTest(name = "{0}")
	@MethodSource("statusRows")
	void statusWord(VectorFile.Row row) {
		Normalized<Status> result = statusWords.parse(row.text());

		assertKind(result, row.get(1));
		if (result instanceof Normalized.Value<Status> v) {
			assertThat(v.value()).isEqualTo(new Status(row.get(2), Boolean.parseBoolean(row.get(3))));
			assertWarnings(v, row.get(4));
		}
	}

	private static void assertKind(Normalized<?> result, String kind) {
		assertThat(result.getClass().getSimpleName()).as("kind of %s", result).isEqualTo(kind);
		if (result instanceof Normalized.Invalid<?> invalid) {
			assertThat(invalid.message()).as("a Japanese message")
					.containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
		}
		else if (!(result instanceof Normalized.Value<?>)) {
			assertThat(result.warnings()).isEmpty();
			assertThat(result.valueOrNull()).isNull();
		}
	}

	private static void assertWarnings(Normalized.Value<?> value, String expected) {
		if (yes(expected)) {
			assertThat(value.warnings()).as("warnings").isNotEmpty().allSatisfy(w -> assertThat(w).isNotBlank());
		}
		else {
			assertThat(value.warnings()).as("warnings").isEmpty();
		}
	}

	private static Era era(String field) {
		return "-".equals(field) ? null : Era.valueOf(field);
	}

	private static String dashIsNull(String field) {
		return "-".equals(field) ? null : field;
	}

	private static boolean yes(String field) {
		return switch (field) {
			case "yes" -> true;
			case "no" -> false;
			default -> throw new IllegalArgumentException("expected yes/no: " + field);
		};
	}
}
