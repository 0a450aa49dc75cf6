package jp.reform.survey.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

	private final Numbers numbers = new Numbers();

	@Test
	void numericCellUsesTheStoredValue() {
		// shown as △395 by its number format; the stored value is what counts
		assertThat(numbers.fromNumericCell(new BigDecimal("-395"), Unit.KYEN))
				.isEqualTo(Normalized.value(Quantity.of(new BigDecimal("-395"), "千円")));
		assertThat(numbers.fromNumericCell(new BigDecimal("1234"), Unit.YEN).valueOrNull().value())
				.isEqualByComparingTo("1.234");
		assertThat(numbers.fromNumericCell(new BigDecimal("12.3"), Unit.MYEN).valueOrNull().value().toPlainString())
				.isEqualTo("12300");
	}

	@Test
	void numericCellOutsideMoneyColumnsKeepsTheColumnUnit() {
		Quantity plain = numbers.fromNumericCell(new BigDecimal("1234.000"), Unit.NONE).valueOrNull();
		assertThat(plain.value().toPlainString()).isEqualTo("1234");
		assertThat(plain.unit()).isNull();
		assertThat(numbers.fromNumericCell(new BigDecimal("113.22"), Unit.PERCENT).valueOrNull().unit()).isEqualTo("%");
		assertThat(numbers.fromNumericCell(new BigDecimal("5"), null).valueOrNull().unit()).isNull();
		assertThat(numbers.fromNumericCell(null, Unit.KYEN)).isInstanceOf(Normalized.NoValue.class);
	}

	@Test
	void valuesArePlainWithoutExponent() {
		BigDecimal value = numbers.parse("1.2E+07", Unit.NONE).valueOrNull().value();
		assertThat(value.scale()).isZero();
		assertThat(value.toString()).isEqualTo("12000000");
		assertThat(numbers.parse("3.5億円", Unit.NONE).valueOrNull().value().toString()).isEqualTo("350000");
	}

	@Test
	void messagesAreJapaneseAndQuoteTheCell() {
		assertThat(numbers.parse("多数", Unit.NONE)).isEqualTo(Normalized.invalid("数値として読めません: 多数"));
		assertThat(numbers.parse("10,93日", Unit.NONE))
				.isEqualTo(Normalized.invalid("桁区切りや小数点の位置が正しくありません: 10,93日"));
		assertThat(numbers.parse("#DIV/0!", Unit.KYEN)).isEqualTo(Normalized.invalid("計算式がエラーになっています: #DIV/0!"));
		assertThat(numbers.parse("約9億円", Unit.NONE).warnings()).containsExactly("概数です: 約9億円");
		assertThat(numbers.parse("ー395", Unit.NONE).warnings()).containsExactly("「ー」をマイナスとして読みました: ー395");
	}

	@Test
	void nullTextIsNoValue() {
		assertThat(numbers.parse(null, Unit.KYEN)).isInstanceOf(Normalized.NoValue.class);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"効果額（千円）|KYEN", "効果目標額 (円)|YEN", "（単位：百万円）|MYEN", "達成率(%)|PERCENT",
			"達成率（％）|PERCENT", "現年度 徴収率 (%)|PERCENT", "単位：億円|OKU_YEN", "効果額\\n（万円）|MAN_YEN",
			"効果額|NONE", "導入数 (件)|NONE", "効果額千円|KYEN", "効果額（千円、税込）|KYEN", "備考|NONE" })
	void unitFromHeader(String header, Unit unit) {
		assertThat(Unit.fromHeader(header.replace("\\n", "\n"))).isEqualTo(unit);
	}

	@Test
	void unitFromNoHeader() {
		assertThat(Unit.fromHeader(null)).isEqualTo(Unit.NONE);
	}

	@Test
	void moneyUnits() {
		assertThat(Unit.OKU_YEN.toKyen(new BigDecimal("5.59"))).isEqualByComparingTo("559000");
		assertThat(Unit.KYEN.isMoney()).isTrue();
		assertThat(Unit.PERCENT.isMoney()).isFalse();
		assertThat(Unit.NONE.symbol()).isNull();
	}

	@Test
	void comparatorSymbols() {
		assertThat(Comparator.GE.symbol()).isEqualTo("≥");
		assertThat(Comparator.LT.symbol()).isEqualTo("<");
		assertThat(Comparator.EQ.symbol()).isEqualTo("=");
	}
}
