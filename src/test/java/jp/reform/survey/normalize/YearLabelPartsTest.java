package jp.reform.survey.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class YearLabelPartsTest {

	/** The rule the scan implements. */
	private static final Pattern LABEL = Pattern
		.compile("^(?:FY)?(明治|大正|昭和|平成|令和|[MTSHR])?(元|\\d{1,4}|[〇一二三四五六七八九十]+)(?:年度|年)?$");

	@Test
	void splitsEraAndNumber() {
		assertThat(YearLabelParts.of("令和5年度")).isEqualTo(new YearLabelParts("令和", "5"));
		assertThat(YearLabelParts.of("FYR元年")).isEqualTo(new YearLabelParts("R", "元"));
		assertThat(YearLabelParts.of("2023")).isEqualTo(new YearLabelParts(null, "2023"));
		assertThat(YearLabelParts.of("平成三十一年度")).isEqualTo(new YearLabelParts("平成", "三十一"));
		assertThat(YearLabelParts.of("20231")).isNull();
		assertThat(YearLabelParts.of("R")).isNull();
	}

	@Test
	void scanAgreesWithTheRegex() {
		Random random = new Random(5);
		String[] tokens = { "FY", "F", "Y", "明治", "令和", "令", "R", "H", "M", "r", "元", "0", "1", "2", "9", "2023", "五",
				"十", "〇", "年", "年度", "度", "月", "X", " " };
		for (int i = 0; i < 200_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int k = random.nextInt(5); k >= 0; k--) {
				text.append(tokens[random.nextInt(tokens.length)]);
			}
			String s = text.toString();
			Matcher m = LABEL.matcher(s);
			YearLabelParts expected = m.matches() ? new YearLabelParts(m.group(1), m.group(2)) : null;
			assertThat(YearLabelParts.of(s)).as("「%s」", s).isEqualTo(expected);
		}
	}

}
