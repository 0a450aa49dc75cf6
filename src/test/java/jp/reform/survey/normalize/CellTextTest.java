package jp.reform.survey.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The shortcuts of {@link CellText} must give what the plain rules (NFKC, regexes) give, on any text. */
class CellTextTest {

	private static final String ALPHABET = "令和5年度計画実施ひらがなカタカナー・、。〃↓—―−△▲○●「」【】abcNo0123456789-/%+,.()[]:'"
			+ "　 \t\n\r\u000b\f\u0085\u2028\u2029\u00a0\u2003\u200b\ufeff\u001c（）：１２ＡＢａｚ～！＿｀｛｝ｰｶﾞ①Ⅱ㈱ｶ\u3099\u0301é";

	@Test
	void everyCharacterTakenAsStableIsLeftAloneByNfkc() {
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			if (CellText.isNfkcStable(c)) {
				String s = String.valueOf(c);
				assertThat(Normalizer.normalize(s, Normalizer.Form.NFKC)).as("U+%04X", (int) c).isEqualTo(s);
				// a character that combines with the one before it is a mark (or a Hangul vowel or final)
				assertThat(Character.getType(c)).as("U+%04X", (int) c)
					.isNotIn((int) Character.NON_SPACING_MARK, (int) Character.COMBINING_SPACING_MARK,
							(int) Character.ENCLOSING_MARK);
			}
		}
	}

	@Test
	void shortcutsAgreeWithTheRules() {
		Random random = new Random(3);
		for (int i = 0; i < 100_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int k = random.nextInt(9); k >= 0; k--) {
				text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			String s = text.toString();
			String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
			assertThat(CellText.nfkc(s)).as("nfkc 「%s」", s).isEqualTo(nfkc);
			assertThat(CellText.compact(s)).as("compact 「%s」", s)
				.isEqualTo(nfkc.replaceAll("[\\s\\p{Z}\\u200B\\uFEFF]+", ""));
			assertThat(CellText.name(s)).as("name 「%s」", s)
				.isEqualTo(nfkc.replaceAll("[\\s\\p{Z}\\u200B\\uFEFF]+", " ")
					.strip()
					.replaceAll("(?<![A-Za-z0-9]) | (?![A-Za-z0-9])", ""));
			assertThat(CellText.forMessage(s)).as("forMessage 「%s」", s).isEqualTo(s.strip().replaceAll("\\R+", " "));
			assertThat(CellText.hasWhitespaceBetweenDigits(s)).as("digits apart 「%s」", s)
				.isEqualTo(java.util.regex.Pattern.compile("\\d[\\s\\p{Z}]+\\d").matcher(nfkc).find());
			String compact = CellText.compact(s);
			assertThat(CellText.isNoValue(compact)).as("no value 「%s」", s)
				.isEqualTo(compact.isEmpty() || compact.matches("[" + CellText.DASHES + "]+")
						|| Set.of("該当なし", "該当無し", "なし", "無し").contains(compact));
			assertThat(CellText.isSameAsAbove(compact)).as("same as above 「%s」", s)
				.isEqualTo(compact.matches("[↓〃]+|同上"));
		}
	}

	@Test
	void wordsAndMarks() {
		assertThat(CellText.isNoValue("該当なし")).isTrue();
		assertThat(CellText.isNoValue("ー－")).isFalse(); // － is not compacted here: callers pass NFKC text
		assertThat(CellText.isNoValue("ーー")).isTrue();
		assertThat(CellText.isSameAsAbove("同上")).isTrue();
		assertThat(CellText.isSameAsAbove("↓↓")).isTrue();
		assertThat(CellText.isSameAsAbove("")).isFalse();
		assertThat(CellText.nfkc("（１）ＡＢ　ｃ")).isEqualTo("(1)AB c");
	}

}
