package jp.reform.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

import org.junit.jupiter.api.Test;

/** A plan's cache key changes with any value it is built from, and only then. */
class KeyDigestTests {

	@Test
	void equalPartsMakeEqualKeys() {
		assertThat(key(List.of("目標", value("1,000")), 3)).isEqualTo(key(List.of("目標", value("1,000")), 3));
	}

	@Test
	void partsSplitDifferentlyOrNamedAlikeMakeDifferentKeys() {
		assertThat(key(List.of("ab", "c"))).isNotEqualTo(key(List.of("a", "bc")));
		assertThat(key(Arrays.asList((Object) null))).isNotEqualTo(key(List.of("null")));
		assertThat(key(List.of(List.of("a"), "b"))).isNotEqualTo(key(List.of(List.of("a", "b"))));
		assertThat(key(List.of(value("1,000")))).isNotEqualTo(key(List.of(value("1,001"))));
		assertThat(key("効果額")).isNotEqualTo(key("効果額 "));
	}

	@Test
	void aChangeAtTheEndOfATextLongerThanTheBufferChangesTheKey() {
		String long1 = "市".repeat(50_000) + "a";
		String long2 = "市".repeat(50_000) + "b";
		assertThat(key(List.of("x", long1))).isNotEqualTo(key(List.of("x", long2)));
		// and odd lengths that leave a single byte of room before a text
		assertThat(key(List.of("y".repeat(32_767), "z", long1))).isNotEqualTo(key(List.of("y".repeat(32_767), "z", long2)));
	}

	private static SourcedValue value(String raw) {
		return new SourcedValue(Field.EFFECT_ACTUAL, 2024, new BigDecimal(raw.replace(",", "")), null, "千円", null, false,
				raw, "Ⅰ-①-1", "E18");
	}

	private static String key(Object... parts) {
		KeyDigest digest = new KeyDigest();
		for (Object part : parts) {
			digest.feed(part);
		}
		return digest.hex();
	}

}
