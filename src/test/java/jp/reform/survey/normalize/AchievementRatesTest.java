package jp.reform.survey.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AchievementRatesTest {

	private final AchievementRates rates = new AchievementRates();

	@ParameterizedTest
	@CsvSource({ "56610, 50000, 113.22", "1472360, 381000, 386.45", "16484161, 1852000, 890.07",
			"865, 48000, 1.80", "44, 54, 81.48", "1, 8, 12.50", "2, 3, 66.67", "1, 20000, 0.01", "1, 200000, 0.00",
			"-395, 1000, -39.50", "0, 1000, 0.00" })
	void rateIsRoundedHalfUpToTwoDecimals(String actual, String target, String expected) {
		BigDecimal rate = rates.rate(new BigDecimal(actual), new BigDecimal(target)).orElseThrow();
		assertThat(rate.toPlainString()).isEqualTo(expected);
	}

	@Test
	void noRateWithoutATargetOrAnActual() {
		assertThat(rates.rate(new BigDecimal("100"), BigDecimal.ZERO)).isEmpty();
		assertThat(rates.rate(new BigDecimal("100"), new BigDecimal("0.00"))).isEmpty();
		assertThat(rates.rate(new BigDecimal("100"), null)).isEmpty();
		assertThat(rates.rate(null, new BigDecimal("100"))).isEmpty();
	}
}
