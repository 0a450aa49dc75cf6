package jp.reform.survey.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link Svg#num} must write every coordinate exactly as the {@code String.format} it replaces. */
class SvgNumberTest {

	@Test
	void coordinatesAreWrittenExactlyAsFormatWroteThem() {
		Random random = new Random(7);
		double[] edges = { 0, -0.0, 0.05, -0.05, 0.15, 0.25, 1.45, 2.675, -1.45, 1e-9, -1e-9, 0.04, -0.04, 123.45,
				999.95, -999.95, 1e15, 12345678.95, Double.MIN_VALUE, 0.35000000000000003 };
		for (double edge : edges) {
			assertSame(edge);
		}
		for (int i = 0; i < 200_000; i++) {
			double scale = Math.pow(10, random.nextInt(9) - 3);
			assertSame((random.nextDouble() - 0.3) * scale);
			assertSame(Math.round(random.nextDouble() * 100_000) / 100.0 - 200); // two decimals, as chart maths gives
		}
	}

	private static void assertSame(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		String expected = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
		assertThat(Svg.num(value)).as(Double.toString(value)).isEqualTo(expected);
	}

}
