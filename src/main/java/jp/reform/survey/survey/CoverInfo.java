package jp.reform.survey.survey;

import java.time.LocalDateTime;

/** What the optional cover sheet 「表紙」 says; every field may be null. */
public record CoverInfo(String planName, Integer planFirstYear, Integer planLastYear, Integer reportYear,
		String department, String contactPerson, LocalDateTime submittedAt) {

	public static CoverInfo empty() {
		return new CoverInfo(null, null, null, null, null, null, null);
	}

}
