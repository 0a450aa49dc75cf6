package jp.reform.survey.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellValuesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "0%|true", "0.0%|true", "#,##0|false", "0\"%\"|false", "0\\%|false",
			"\"a\"0%|true", "\"%|true", "0.00%;[Red]-0.00%|true" })
	void percentFormat(String format, boolean percent) {
		assertThat(CellValues.isPercentFormat(format)).isEqualTo(percent);
	}

	@Test
	void noFormatIsNoPercent() {
		assertThat(CellValues.isPercentFormat(null)).isFalse();
	}

	/** The scan must agree with the rule as a regex (quoted sections and escapes removed) on any format. */
	@Test
	void percentScanAgreesWithTheRegex() {
		Random random = new Random(11);
		String alphabet = "0#.,%\"\\ a\n\r\u0085\u2028;[]";
		for (int i = 0; i < 50_000; i++) {
			StringBuilder format = new StringBuilder();
			for (int k = random.nextInt(10); k >= 0; k--) {
				format.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String f = format.toString();
			boolean byRegex = f.replaceAll("\"[^\"]*\"|\\\\.", "").contains("%");
			assertThat(CellValues.isPercentFormat(f)).as("「%s」", f).isEqualTo(byRegex);
		}
	}

}
