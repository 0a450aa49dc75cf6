package jp.reform.survey.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The normalisers take any cell text: a value, no value, "same as above" or a reason in Japanese,
 * never an exception, never seconds or the heap on one cell. Input: one byte choosing the
 * normaliser, one choosing the column's unit or the plan's era, then the cell text in UTF-8 (seeds
 * from the vectors in {@code src/test/resources/normalize}, see {@code NormalizerFuzzTestsInputs}).
 */
class NormalizerFuzzTests {

	private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

	/** What the first byte chooses, in this order; the seed file names use these names. */
	enum Target {
		NUMBER, FISCAL_YEAR, FISCAL_RANGE, STATUS, MAJOR_CATEGORY, MINOR_CATEGORY, LABEL, FIGURES_IN_TEXT,
		STATED_FIGURES, UNIT_HEADER, ERA_MENTIONED, NUMERIC_CELL, ACHIEVEMENT_RATE
	}

	private static final Unit[] UNITS = Unit.values();

	private static final Era[] ERAS = Era.values();

	private final Numbers numbers = new Numbers();

	private final FiscalYears fiscalYears = new FiscalYears();

	private final StatusWords statusWords = new StatusWords();

	private final CategoryCodes categoryCodes = new CategoryCodes();

	private final LabelText labels = new LabelText();

	private final FiguresInText figures = new FiguresInText();

	private final StatedFigures statedFigures = new StatedFigures();

	private final AchievementRates rates = new AchievementRates();

	/** An input for {@code target}: what {@link #normalizer} decodes. */
	static byte[] input(Target target, int context, String text) {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		byte[] input = new byte[utf8.length + 2];
		input[0] = (byte) target.ordinal();
		input[1] = (byte) context;
		System.arraycopy(utf8, 0, input, 2, utf8.length);
		return input;
	}

	@FuzzTest
	void normalizer(byte[] input) {
		if (input.length < 2) {
			return;
		}
		Target target = Target.values()[(input[0] & 0xff) % Target.values().length];
		int context = input[1] & 0xff;
		Unit unit = context < UNITS.length ? UNITS[context] : null;
		Era era = context < ERAS.length ? ERAS[context] : null;
		String text = new String(input, 2, input.length - 2, StandardCharsets.UTF_8);
		switch (target) {
			case NUMBER -> check(numbers.parse(text, unit));
			case FISCAL_YEAR -> check(fiscalYears.parse(text, era));
			case FISCAL_RANGE -> check(fiscalYears.parseRange(text, era));
			case STATUS -> check(statusWords.parse(text));
			case MAJOR_CATEGORY -> assertThat(categoryCodes.splitMajor(text)).isNotNull();
			case MINOR_CATEGORY -> assertThat(categoryCodes.splitMinor(text)).isNotNull();
			case LABEL -> assertThat(labels.canonical(text)).isNotNull();
			case FIGURES_IN_TEXT -> check(figures.parse(text, unit));
			case STATED_FIGURES -> {
				StatedFigures.Reading reading = statedFigures.read(text);
				reading.problems().forEach(problem -> assertThat(problem).containsPattern(JAPANESE));
			}
			case UNIT_HEADER -> assertThat(Unit.fromHeader(text)).isNotNull();
			case ERA_MENTIONED -> assertThat(fiscalYears.eraMentioned(text)).isNotNull();
			case NUMERIC_CELL -> {
				BigDecimal stored = stored(text);
				if (stored != null) {
					check(numbers.fromNumericCell(stored, unit));
				}
			}
			case ACHIEVEMENT_RATE -> {
				String[] pair = Arrays.copyOf(text.split("\\|", 2), 2);
				BigDecimal actual = stored(pair[0]);
				BigDecimal planned = stored(pair[1]);
				if (actual != null && planned != null) {
					assertThat(rates.rate(actual, planned)).isNotNull();
				}
			}
		}
	}

	private static void check(Normalized<?> result) {
		assertThat(result).isNotNull();
		if (result instanceof Normalized.Invalid<?> invalid) {
			assertThat(invalid.message()).as("the reason").containsPattern(JAPANESE);
		}
		result.warnings().forEach(warning -> assertThat(warning).containsPattern(JAPANESE));
	}

	/** A numeric cell's value as the workbook readers give it: a finite double, shortest decimal. */
	private static BigDecimal stored(String text) {
		try {
			double value = Double.parseDouble(text);
			return Double.isFinite(value) ? Numbers.plain(new BigDecimal(Double.toString(value))) : null;
		}
		catch (NumberFormatException | NullPointerException ex) {
			return null;
		}
	}

}
