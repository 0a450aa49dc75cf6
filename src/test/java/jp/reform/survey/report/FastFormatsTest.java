package jp.reform.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link JapaneseFormats#number} is written by hand for speed: it must give exactly what the
 * DecimalFormat it replaces gave, for any figure.
 */
class FastFormatsTest {

	private final JapaneseFormats formats = new JapaneseFormats();

	@Test
	void numbersAreWrittenExactlyAsDecimalFormatWroteThem() {
		Random random = new Random(20241121);
		String[] edges = { "0", "-0", "0.0005", "-0.0005", "0.0004999", "999.9995", "1000", "-1000", "123456789.123456",
				"1E+3", "0.1", "12.30", "-7.0005", "1234567", "99999.9999" };
		for (String edge : edges) {
			assertSame(new BigDecimal(edge));
		}
		for (int i = 0; i < 100_000; i++) {
			long unscaled = random.nextLong() % (random.nextBoolean() ? 1_000_000L : 1_000_000_000_000_000L);
			assertSame(BigDecimal.valueOf(unscaled, random.nextInt(12) - 3));
		}
	}

	private void assertSame(BigDecimal value) {
		DecimalFormat old = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.JAPAN));
		old.setRoundingMode(RoundingMode.HALF_UP);
		String expected = (value.signum() < 0 ? "△" : "") + old.format(value.abs());
		assertThat(formats.number(value)).as(value.toString()).isEqualTo(expected);
	}

}
