package jp.reform.survey.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NormalizedTest {

	@Test
	void valueCarriesItsWarnings() {
		List<String> warnings = new ArrayList<>(List.of("概数です: 約9億円"));
		Normalized<Integer> value = Normalized.value(900000, warnings);
		warnings.clear();
		assertThat(value.isValue()).isTrue();
		assertThat(value.valueOrNull()).isEqualTo(900000);
		assertThat(value.warnings()).containsExactly("概数です: 約9億円");
		assertThatThrownBy(() -> value.warnings().add("x")).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void otherOutcomesHaveNoValueAndNoWarnings() {
		for (Normalized<Integer> n : List.<Normalized<Integer>>of(Normalized.noValue(), Normalized.sameAsAbove(),
				Normalized.invalid("数値として読めません: 多数"))) {
			assertThat(n.isValue()).isFalse();
			assertThat(n.valueOrNull()).isNull();
			assertThat(n.warnings()).isEmpty();
		}
	}

	@Test
	void mapKeepsWarningsAndOutcomes() {
		assertThat(Normalized.value(2, List.of("w")).map(x -> x * 10)).isEqualTo(Normalized.value(20, List.of("w")));
		assertThat(Normalized.<Integer>invalid("m").map(x -> x * 10)).isEqualTo(Normalized.invalid("m"));
		assertThat(Normalized.<Integer>sameAsAbove().map(x -> x * 10)).isInstanceOf(Normalized.SameAsAbove.class);
		assertThat(Normalized.<Integer>noValue().map(x -> x * 10)).isInstanceOf(Normalized.NoValue.class);
	}

	@Test
	void withWarningsAppends() {
		assertThat(Normalized.value(1, List.of("a")).withWarnings(List.of("b")).warnings()).containsExactly("a", "b");
		assertThat(Normalized.<Integer>noValue().withWarnings(List.of("b")).warnings()).isEmpty();
	}

	@Test
	void valueMustNotBeNull() {
		assertThatThrownBy(() -> Normalized.value(null)).isInstanceOf(NullPointerException.class);
	}
}
