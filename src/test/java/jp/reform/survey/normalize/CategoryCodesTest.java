package jp.reform.survey.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryCodesTest {

	private final CategoryCodes codes = new CategoryCodes();

	@ParameterizedTest
	@ValueSource(strings = { "Ⅲ 持続可能で健全な財政基盤の確立", "III　持続可能で健全な財政基盤の確立",
			"ＩＩＩ．持続可能で 健全な財政基盤の確立", " Ⅲ持続可能で健全な\n財政基盤の確立 ", "iii. 持続可能で健全な財政基盤の確立" })
	void majorWrittenInAnyWidthIsTheSameCategory(String text) {
		assertThat(codes.splitMajor(text)).contains(new CategoryCode(3, "Ⅲ", "持続可能で健全な財政基盤の確立"));
	}

	@Test
	void majorFromTheIizukaPlan() {
		CategoryCode expected = new CategoryCode(1, "Ⅰ", "市民等との協働(パートナーシップ)による行政運営の推進");
		assertThat(codes.splitMajor("I 市民等との協働（パートナーシップ）による行政運営の推進")).contains(expected);
		assertThat(codes.splitMajor("Ⅰ　市民等との協働 (パートナーシップ) による行政運営の推進")).contains(expected);
		assertThat(codes.splitMajor("IV 時代に対応できる組織改革と人材育成の推進"))
				.contains(new CategoryCode(4, "Ⅳ", "時代に対応できる組織改革と人材育成の推進"));
		assertThat(codes.splitMajor("IV時代に対応できる組織改革")).map(CategoryCode::ordinal).contains(4);
	}

	@Test
	void largerRomanNumerals() {
		assertThat(codes.splitMajor("Ⅻ 十二番目")).contains(new CategoryCode(12, "Ⅻ", "十二番目"));
		assertThat(codes.splitMajor("XIII 十三番目")).contains(new CategoryCode(13, "XIII", "十三番目"));
	}

	@Test
	void dingbatCirclesAreCirclesToo() {
		// Annaka prints 「➄財務諸表の活用」 among ① ② ③ ④
		assertThat(codes.splitMinor("➄財務諸表の活用")).contains(new CategoryCode(5, "⑤", "財務諸表の活用"));
		assertThat(codes.splitMinor("❷ 二番目")).contains(new CategoryCode(2, "②", "二番目"));
		assertThat(codes.splitMinor("➓十番目")).contains(new CategoryCode(10, "⑩", "十番目"));
	}

	@Test
	void annakaWritesItsPolicyWithDigits() {
		assertThat(codes.splitMajor("１　市民ニーズの把握と協働")).contains(new CategoryCode(1, "1", "市民ニーズの把握と協働"));
	}

	@Test
	void iizukasVisionWritesItsFieldsInBrackets() {
		assertThat(codes.splitMajor("(2) 情報・デジタル化")).contains(new CategoryCode(2, "(2)", "情報・デジタル化"));
		assertThat(codes.splitMajor("（２）情報・デジタル化")).contains(new CategoryCode(2, "(2)", "情報・デジタル化"));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "(2)", "(0) 零", "IoT推進", "IT化の推進", "VR体験", "持続可能で健全な財政基盤の確立", "IIII 不正な番号",
			"2025年度の取組", " " })
	void noMajorCode(String text) {
		assertThat(codes.splitMajor(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "② 歳入歳出の適正化の推進", "(2) 歳入歳出の適正化の推進", "（2）歳入歳出の適正化の推進",
			"（２）　歳入歳出の適正化の推進", "2. 歳入歳出の適正化の推進", "2 歳入歳出の適正化の推進", "２．歳入歳出の適正化の推進",
			"⑵歳入歳出の適正化の推進", "②歳入歳出の 適正化の推進" })
	void minorWrittenInAnyWayIsTheSameCategory(String text) {
		assertThat(codes.splitMinor(text)).contains(new CategoryCode(2, "②", "歳入歳出の適正化の推進"));
	}

	@Test
	void minorBeyondTwenty() {
		assertThat(codes.splitMinor("(21) 二十一番目")).contains(new CategoryCode(21, "(21)", "二十一番目"));
		assertThat(codes.splitMinor("㉑ 二十一番目")).contains(new CategoryCode(21, "(21)", "二十一番目"));
		assertThat(codes.splitMinor("⑳ 二十番目")).contains(new CategoryCode(20, "⑳", "二十番目"));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "歳入歳出の適正化の推進", "2025年度の取組", "2歳入", "(0) 零" })
	void noMinorCode(String text) {
		assertThat(codes.splitMinor(text)).isEmpty();
	}
}
