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
			"№|No.", "実施項目No.|実施項目No.", "(備考)|(備考)", "10年後の姿|10年後の姿",
			"【現状と課題】|現状と課題", "【 取組内容 】|取組内容", "【】|【】", "【注】【注】|注" })
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

	/** The shortcuts (plain text, guarded rules) must agree with the full rules on any text. */
	@org.junit.jupiter.api.Test
	void theShortcutForPlainTextAgreesWithTheFullRules() {
		java.util.Random random = new java.util.Random(7);
		String alphabet = "計画名目標実施項目効果額年度令和ひらがなカタカナー・、。abcxyzNnoO0123456789-/%+,&*_#= 　\n\t"
				+ "()（）：:①⑴⒈❶㉑１Ｎｏ．№[]【】〔〕<>.\u00a0\u2003\u200b\ufeff\u000b\f\u2028";
		for (int i = 0; i < 100_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int k = random.nextInt(8); k >= 0; k--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String label = text.toString();
			assertThat(labels.canonical(label)).as("「%s」", label).isEqualTo(labels.canonicalByRules(label));
		}
	}
}
