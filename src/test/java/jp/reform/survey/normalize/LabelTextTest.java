package jp.reform.survey.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelTextTest {

	private final LabelText labels = new LabelText();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"目 標：|目標", "目標:|目標", "目　標|目標", "１．計画名|計画名", "1. 計画名|計画名", "(1)計画名|計画名",
			"（１）計画名|計画名", "①計画名|計画名", "➀計画名|計画名", "1 計画名|計画名", "効果額（千円）|効果額", "効果額 (千円)：|効果額",
			"現状と\\n課題|現状と課題", "：担当課|担当課", "成果指標|成果指標", "No.|No.", "Ｎｏ．|No.", "NO|No.", "no.|No.",
			"№|No.", "実施項目No.|実施項目No.", "(備考)|(備考)", "10年後の姿|10年後の姿" })
	void canonical(String label, String expected) {
		assertThat(labels.canonical(label.replace("\\n", "\n"))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "目標の状態|目標の状態", "計画名|計画名" })
	void alreadyCanonicalLabelsStayAsTheyAre(String label, String expected) {
		assertThat(labels.canonical(label)).isEqualTo(expected);
		assertThat(labels.canonical(expected)).isEqualTo(expected);
	}

	@org.junit.jupiter.api.Test
	void nullIsEmpty() {
		assertThat(labels.canonical(null)).isEmpty();
	}
}
