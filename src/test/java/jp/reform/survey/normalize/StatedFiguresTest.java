package jp.reform.survey.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ogori's results prose (seed 001): 「…との計画に対し、実績は…」 gives a target and an actual. */
class StatedFiguresTest {

	private final StatedFigures stated = new StatedFigures();

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			"○寄附金額8億円との計画に対し、実績は5.59億円。(※)|800000|千円|EQ|559000|千円|no",
			"○普通建設事業費15億円以内の計画に対し、実績は約9億円。(※)|1500000|千円|LE|900000|千円|yes",
			"経常的な補助金の一般財源を令和元年度決算比180万円削減の計画に対し、実績は約1,700万円(うち、適正化によるもの約360万円)の削減。|1800|千円|EQ|17000|千円|yes",
			"○令和6年度までに企業版ふるさと納税額累計500万円との目標に対し、R4年度寄附実績は17社 8,685,800円。(※)|5000|千円|EQ|8685.8|千円|no",
			"○返礼品数700品との計画に対し、実績は831品。|700|品|EQ|831|品|no",
			"○マイナンバーカード普及率100%との目標に対し、実績は67.27%。(※)|100|%|EQ|67.27|%|no",
			"<u>年度末フォロワー数8,000との計画に対し、実績は8,104。(※)</u>|8000|-|EQ|8104|-|no",
			"○「特に利便性向上に資する手続」26手続について、システム改修を行うとの計画に対し、実績は26手続及び転出・転入予約のシステム改修。|26|手続|EQ|26|手続|no" })
	void readsThePlannedAndTheActualFigure(String prose, String target, String targetUnit, Comparator comparator,
			String actual, String actualUnit, String approximate) {
		StatedFigures.Reading reading = stated.read(prose);

		assertThat(reading.problems()).isEmpty();
		assertThat(reading.pairs()).hasSize(1);
		StatedFigures.Pair pair = reading.pairs().get(0);
		assertThat(pair.target().value()).isEqualByComparingTo(new BigDecimal(target));
		assertThat(pair.target().unit()).isEqualTo(targetUnit);
		assertThat(pair.target().comparator()).isEqualTo(comparator);
		assertThat(pair.actual().value()).isEqualByComparingTo(new BigDecimal(actual));
		assertThat(pair.actual().unit()).isEqualTo(actualUnit);
		assertThat(pair.actual().approximate()).isEqualTo(approximate.equals("yes"));
		assertThat(pair.sentence()).contains("に対し").doesNotContain("<u>", "○");
	}

	@Test
	void findsEverySentenceOfACell() {
		StatedFigures.Reading reading = stated.read("○返礼品数700品との計画に対し、実績は831品。 ○寄附金額8億円との計画に対し、実績は5.59億円。(※)");

		assertThat(reading.pairs()).extracting(p -> p.target().value().toPlainString())
			.containsExactly("700", "800000");
	}

	@Test
	void keepsEveryActualTheSentenceStates() {
		StatedFigures.Reading two = stated.read("経常的な補助金の一般財源を令和元年度決算比180万円削減の計画に対し、実績は約1,700万円(うち、適正化によるもの約360万円)の削減。");
		StatedFigures.Reading kinds = stated.read("○令和6年度までに企業版ふるさと納税額累計500万円との目標に対し、R4年度寄附実績は17社 8,685,800円。(※)");

		assertThat(two.pairs()).singleElement()
			.satisfies(p -> assertThat(p.actuals()).extracting(q -> q.value().toPlainString(), Quantity::unit)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("17000", "千円"),
						org.assertj.core.groups.Tuple.tuple("3600", "千円")));
		assertThat(kinds.pairs()).singleElement()
			.satisfies(p -> assertThat(p.actuals()).extracting(q -> q.value().stripTrailingZeros().toPlainString(), Quantity::unit)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("17", "社"),
						org.assertj.core.groups.Tuple.tuple("8685.8", "千円")));
	}

	@Test
	void aPlusMinusSignIsReportedNotGuessed() {
		StatedFigures.Reading reading = stated.read("○時間外勤務時間数前年度比▲600時間以上との計画に対し、実績は±5,100時間（※）");

		assertThat(reading.pairs()).isEmpty();
		assertThat(reading.problems()).singleElement().asString().contains("±5,100時間", "符号");
	}

	@Test
	void anUnreadableActualGivesNoPairButAProblem() {
		StatedFigures.Reading reading = stated.read("○年次有給休暇の平均取得日数12日以上との計画に対し、実績は10,93日（※）");

		assertThat(reading.pairs()).isEmpty();
		assertThat(reading.problems()).singleElement().asString().contains("10,93日");
	}

	@Test
	void sentencesWithoutAPlanAndAResultGiveNothing() {
		StatedFigures.Reading reading = stated.read("○R4年度末地方債残高(173.3億円)(年度計画に数値目標の記載なし) ○簡易な手続・申込等のWebフォーム作成(新規166件)");

		assertThat(reading.pairs()).isEmpty();
		assertThat(reading.problems()).isEmpty();
		assertThat(stated.read(null).pairs()).isEmpty();
	}

}
