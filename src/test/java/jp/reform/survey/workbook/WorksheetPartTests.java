package jp.reform.survey.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The streaming reader's shortcuts give what the general routines give. */
class WorksheetPartTests {

	@Test
	void integersReadDirectlyEqualWhatDoubleParsingGives() throws Exception {
		String[] samples = { "0", "-0", "7", "-395", "46492", "1852000", "999999999999999", "-999999999999999",
				"1000000000000000", "12345678901234567890", "0.1", "1e-10", "1.23456789012E+20", "98.10", " 12",
				"3.0000000000000004", "007" };
		for (String s : samples) {
			assertThat(Double.doubleToRawLongBits(WorksheetPart.number(s)))
				.as(s).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
		}
		Random random = new Random(11);
		for (int i = 0; i < 100_000; i++) {
			String s = Long.toString(random.nextLong() % 1_000_000_000_000_000L);
			assertThat(WorksheetPart.number(s)).as(s).isEqualTo(Double.parseDouble(s));
		}
	}

	@Test
	void aDeclaredDimensionIsAGuessWithinWhatThePartCanHold() {
		assertThat(WorksheetPart.declaredCells("A1:J200002", 81_000_000)).isEqualTo(2_000_020);
		assertThat(WorksheetPart.declaredCells("A1:XFD1048576", 10_000)).isEqualTo(500);
		assertThat(WorksheetPart.declaredCells("A1", 10_000)).isEqualTo(1);
		assertThat(WorksheetPart.declaredCells("not a range", 10_000)).isBetween(0, 500);
	}

}
