package jp.reform.survey.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusWordsTest {

	private final StatusWords statusWords = new StatusWords();

	@Test
	void knownWordsCountAsTheSpecSays() {
		assertThat(statusWords.parse("検討・実施").valueOrNull())
				.isEqualTo(new Status(StatusWords.CONSIDERED_AND_IMPLEMENTED, true));
		assertThat(statusWords.parse("終了").valueOrNull()).isEqualTo(new Status(StatusWords.COMPLETED, true));
		assertThat(statusWords.parse("未着手").valueOrNull()).isEqualTo(new Status(StatusWords.NOT_STARTED, false));
		assertThat(statusWords.parse("延期").valueOrNull().implemented()).isFalse();
	}

	@Test
	void unknownTextIsKeptAsWrittenWithAJapaneseWarning() {
		Normalized<Status> result = statusWords.parse(" 一部実施 ");
		assertThat(result.valueOrNull()).isEqualTo(new Status("一部実施", false));
		assertThat(result.warnings()).containsExactly("進捗の語句として判別できません（文字のまま残します）: 一部実施");
	}

	@Test
	void nothingAndSameAsAbove() {
		assertThat(statusWords.parse(null)).isInstanceOf(Normalized.NoValue.class);
		assertThat(statusWords.parse("↓")).isInstanceOf(Normalized.SameAsAbove.class);
	}
}
