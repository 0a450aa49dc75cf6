package jp.reform.survey.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The streaming reader's shortcuts give what the general routines give. */
class WorksheetPartTests {

	@Test
	void numbersReadDirectlyEqualWhatDoubleParsingGives() throws Exception {
		String[] samples = { "0", "-0", "7", "-395", "46492", "1852000", "999999999999999", "-999999999999999",
				"1000000000000000", "12345678901234567890", "0.1", "1e-10", "1.23456789012E+20", "98.10", " 12",
				"3.0000000000000004", "007", "1.", ".5", "-.5", "-0.0", "0.000000000000001", "123456789.123456",
				"1234567890.123456", "+5", "1.2.3", "-", ".", "12a" };
		for (String s : samples) {
			assertSameAsParsing(s);
		}
		Random random = new Random(11);
		for (int i = 0; i < 100_000; i++) {
			String s = Long.toString(random.nextLong() % 1_000_000_000_000_000L);
			assertThat(WorksheetPart.number(s)).as(s).isEqualTo(Double.parseDouble(s));
		}
	}

	@Test
	void decimalsReadDirectlyEqualWhatDoubleParsingGives() throws Exception {
		Random random = new Random(12);
		for (int i = 0; i < 300_000; i++) {
			int digits = 1 + random.nextInt(17);
			StringBuilder s = new StringBuilder(random.nextBoolean() ? "-" : "");
			for (int d = 0; d < digits; d++) {
				s.append((char) ('0' + random.nextInt(10)));
			}
			s.insert(s.length() - random.nextInt(digits + 1), '.');
			assertSameAsParsing(s.toString());
		}
		// Values as Excel writes them: money to the yen, rates to a few places, and binary fractions.
		for (int i = 0; i < 100_000; i++) {
			assertSameAsParsing(Double.toString(random.nextInt(100_000_000) / 100.0));
			assertSameAsParsing(Double.toString(random.nextDouble()));
		}
	}

	/** The same double, bit for bit (-0.0 included), or the same refusal where parsing refuses. */
	private static void assertSameAsParsing(String s) throws UnsupportedPackageException {
		double expected;
		try {
			expected = Double.parseDouble(s);
		}
		catch (NumberFormatException ex) {
			assertThatThrownBy(() -> WorksheetPart.number(s))
				.as(s)
				.isInstanceOf(UnsupportedPackageException.class);
			return;
		}
		assertThat(Double.doubleToRawLongBits(WorksheetPart.number(s))).as(s)
			.isEqualTo(Double.doubleToRawLongBits(expected));
	}

	@Test
	void aDeclaredDimensionIsAGuessWithinWhatThePartCanHold() {
		assertThat(WorksheetPart.declaredCells("A1:J200002", 81_000_000)).isEqualTo(2_000_020);
		assertThat(WorksheetPart.declaredCells("A1:XFD1048576", 10_000)).isEqualTo(500);
		assertThat(WorksheetPart.declaredCells("A1", 10_000)).isEqualTo(1);
		assertThat(WorksheetPart.declaredCells("not a range", 10_000)).isBetween(0, 500);
	}

}
