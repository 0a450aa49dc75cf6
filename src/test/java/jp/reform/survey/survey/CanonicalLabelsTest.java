package jp.reform.survey.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalLabelsTest {

	@Test
	void givesTheCanonicalLabelWhetherKeptOrNot() {
		CanonicalLabels labels = new CanonicalLabels();
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 25_000; i++) { // past the bound: later texts are not kept, still canonical
				String text = "目 標（" + i + "）：";
				assertThat(labels.of(text)).isEqualTo(Labels.canonical(text)).isEqualTo("目標");
			}
		}
		String prose = "長い文章".repeat(30);
		assertThat(labels.of(prose)).isEqualTo(Labels.canonical(prose)).isEmpty();
	}

}
