package jp.reform.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class JapaneseFormatsTest {

	private final JapaneseFormats fmt = new JapaneseFormats();

	@Test
	void amountsInKyenWithSeparatorsAndTriangleNegatives() {
		assertThat(fmt.kyen(new BigDecimal("16484161"))).isEqualTo("16,484,161");
		assertThat(fmt.kyen(new BigDecimal("-395"))).isEqualTo("△395");
		assertThat(fmt.kyen(null)).isEqualTo("－");
		assertThat(fmt.number(new BigDecimal("57.4"))).isEqualTo("57.4");
	}

	@Test
	void differencesCarryTheirSign() {
		assertThat(fmt.delta(new BigDecimal("1200"))).isEqualTo("＋1,200");
		assertThat(fmt.delta(new BigDecimal("-1200"))).isEqualTo("△1,200");
		assertThat(fmt.delta(BigDecimal.ZERO)).isEqualTo("±0");
	}

	@Test
	void yearsInWarekiWithTheGregorianFormForHover() {
		assertThat(fmt.wareki(2019)).isEqualTo("令和元年度");
		assertThat(fmt.warekiShort(2019)).isEqualTo("R元");
		assertThat(fmt.warekiShort(2023)).isEqualTo("R5");
		assertThat(fmt.warekiShort(2018)).isEqualTo("H30");
		assertThat(fmt.seireki(2023)).isEqualTo("2023年度（2023年4月～2024年3月）");
		assertThat(fmt.warekiDate(LocalDateTime.of(2024, 5, 10, 9, 0))).isEqualTo("令和6年5月10日");
		assertThat(fmt.warekiDate(LocalDateTime.of(2019, 5, 1, 0, 0))).isEqualTo("令和元年5月1日");
	}

}
