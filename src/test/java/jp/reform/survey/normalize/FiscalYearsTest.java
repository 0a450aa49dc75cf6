package jp.reform.survey.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearsTest {

	private final FiscalYears fiscalYears = new FiscalYears();

	@ParameterizedTest
	@CsvSource({
			"2019, 令和元年度", "2020, 令和2年度", "2025, 令和7年度", "2018, 平成30年度", "1989, 平成元年度",
			"1988, 昭和63年度", "1926, 昭和元年度", "1925, 大正14年度", "1912, 大正元年度", "1911, 明治44年度",
			"1868, 明治元年度" })
	void labelUsesTheEraInForceOnThirtyFirstDecember(int fiscalYear, String label) {
		assertThat(fiscalYears.label(fiscalYear)).isEqualTo(label);
	}

	@ParameterizedTest
	@CsvSource({ "2019, REIWA", "2018, HEISEI", "1989, HEISEI", "1988, SHOWA", "1926, SHOWA", "1925, TAISHO",
			"1912, TAISHO", "1911, MEIJI", "1868, MEIJI", "2100, REIWA" })
	void eraOf(int fiscalYear, Era era) {
		assertThat(fiscalYears.eraOf(fiscalYear)).isEqualTo(era);
	}

	@Test
	void noEraBeforeMeiji() {
		assertThatThrownBy(() -> fiscalYears.label(1867)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void everyLabelReadsBackToItsYearWithoutWarnings() {
		for (int year = 1868; year <= 2100; year++) {
			Normalized<Integer> parsed = fiscalYears.parse(fiscalYears.label(year), null);
			assertThat(parsed).as(fiscalYears.label(year)).isEqualTo(Normalized.value(year));
		}
	}

	@ParameterizedTest
	@CsvSource({ "2024-04-01, 2024", "2024-03-31, 2023", "2019-04-30, 2019", "2019-05-01, 2019",
			"2020-01-01, 2019", "2025-12-31, 2025" })
	void fromDateGivesTheFiscalYearContainingIt(LocalDate date, int fiscalYear) {
		assertThat(fiscalYears.fromDate(date)).isEqualTo(Normalized.value(fiscalYear));
	}

	@Test
	void fromDateOfNothingIsNoValue() {
		assertThat(fiscalYears.fromDate(null)).isInstanceOf(Normalized.NoValue.class);
		assertThat(fiscalYears.fromDate(LocalDate.of(1800, 6, 1))).isInstanceOf(Normalized.Invalid.class);
	}

	@Test
	void nullTextIsNoValue() {
		assertThat(fiscalYears.parse(null, Era.REIWA)).isInstanceOf(Normalized.NoValue.class);
		assertThat(fiscalYears.parseRange(null, Era.REIWA)).isInstanceOf(Normalized.NoValue.class);
	}

	@Test
	void messagesAreJapaneseAndQuoteTheCell() {
		assertThat(fiscalYears.parse("来年度", Era.REIWA)).isEqualTo(Normalized.invalid("年度を特定できません: 来年度"));
		assertThat(fiscalYears.parse("7", null))
				.isEqualTo(Normalized.invalid("元号が分からないため年度を決められません: 7"));
		assertThat(fiscalYears.parse("令和99年度", null)).isEqualTo(Normalized.invalid("年度の範囲外です: 令和99年度"));
		assertThat(fiscalYears.parse("平成32年度", null).warnings())
				.containsExactly("改元後の年度です。令和2年度として読みました: 平成32年度");
		assertThat(fiscalYears.parse("令和6年度(予定)", null).warnings())
				.containsExactly("括弧書きは注記として扱いました: 予定");
		assertThat(fiscalYears.parse("平成31年度（令和2年度）", null))
				.isEqualTo(Normalized.invalid("括弧の中の年度と一致しません: 平成31年度（令和2年度）"));
	}

	@Test
	void eraMentionedGivesTheMostRecentEraNamed() {
		assertThat(fiscalYears.eraMentioned("令和元年度～令和5年度")).contains(Era.REIWA);
		assertThat(fiscalYears.eraMentioned("H30")).contains(Era.HEISEI);
		assertThat(fiscalYears.eraMentioned("Ｒ５")).contains(Era.REIWA);
		assertThat(fiscalYears.eraMentioned("平成31年度（令和元年度）")).contains(Era.REIWA);
		assertThat(fiscalYears.eraMentioned("第4次行革大綱 ㋿7～11年度")).contains(Era.REIWA);
		assertThat(fiscalYears.eraMentioned("FY2023")).isEqualTo(Optional.empty());
		assertThat(fiscalYears.eraMentioned("HR推進")).isEmpty();
		assertThat(fiscalYears.eraMentioned(null)).isEmpty();
	}

	@Test
	void bareYearsOfAPlanReadWithTheEraOfItsPeriod() {
		Era planEra = fiscalYears.eraMentioned("計画期間 令和7年度～令和11年度").orElseThrow();
		assertThat(fiscalYears.parse("11", planEra)).isEqualTo(Normalized.value(2029));
	}

	@Test
	void eraFacts() {
		assertThat(Era.REIWA.firstYear()).isEqualTo(2019);
		assertThat(Era.HEISEI.start()).isEqualTo(LocalDate.of(1989, 1, 8));
		assertThat(Era.SHOWA.kanji()).isEqualTo("昭和");
		assertThat(Era.TAISHO.letter()).isEqualTo('T');
		assertThat(Era.REIWA.toGregorian(7)).isEqualTo(2025);
		assertThat(Era.fromName("r")).contains(Era.REIWA);
		assertThat(Era.fromName("明治")).contains(Era.MEIJI);
		assertThat(Era.fromName("X")).isEmpty();
		assertThat(Era.REIWA.next()).isEmpty();
		assertThat(Era.inForceOn(LocalDate.of(2019, 4, 30))).contains(Era.HEISEI);
	}

	@Test
	void yearRange() {
		YearRange range = new YearRange(2023, 2025);
		assertThat(range.contains(2024)).isTrue();
		assertThat(range.contains(2026)).isFalse();
		assertThat(range.length()).isEqualTo(3);
		assertThat(YearRange.single(2024)).isEqualTo(new YearRange(2024, 2024));
		assertThatThrownBy(() -> new YearRange(2025, 2023)).isInstanceOf(IllegalArgumentException.class);
	}
}
