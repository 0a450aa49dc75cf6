package jp.reform.survey.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.FuzzTest;

import jp.reform.survey.fixture.GridText;
import jp.reform.survey.fixture.QuietLogs;
import jp.reform.survey.vocabulary.Finding;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * Whatever a workbook's cells hold, the survey reader gives a reading: items with every value traced
 * to its cell, and findings in words an office reads; it never throws. The input is a grid as text
 * ({@link GridText}), so the fuzzer mutates labels, numbers and positions rather than zip bytes;
 * seeded with the sample workbooks' grids ({@code SurveyReaderFuzzTestsInputs}).
 */
class SurveyReaderFuzzTests {

	private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

	private static final SurveyReader READER = new SurveyReader();

	static {
		QuietLogs.silence();
		// the first reading loads the layout profiles and the classes: not to be timed as an input's
		try (InputStream seed = SurveyReaderFuzzTests.class
			.getResourceAsStream("SurveyReaderFuzzTestsInputs/surveyReader/sample-tax.grid")) {
			READER.read(GridText.decode(seed.readAllBytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FuzzTest
	void surveyReader(byte[] grid) {
		SurveyResult result = READER.read(GridText.decode(grid));

		assertThat(result.cover()).isNotNull();
		for (Finding finding : result.findings()) {
			assertThat(finding.severity()).isNotNull();
			assertThat(finding.message()).as("finding %s", finding).isNotBlank().containsPattern(JAPANESE);
		}
		for (SurveyItem item : result.items()) {
			assertThat(item.sheet()).isNotNull();
			for (SourcedValue value : item.values()) {
				assertThat(value.field()).isNotNull();
				assertThat(value.sheet()).as("sheet of %s", value).isNotNull();
				assertThat(value.cell()).as("cell of %s", value).isNotBlank();
			}
		}
	}

}
