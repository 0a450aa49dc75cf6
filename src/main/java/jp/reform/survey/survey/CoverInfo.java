package jp.reform.survey.survey;

import java.time.LocalDateTime;

/** What the optional cover sheet 「表紙」 says; every field may be null. */
public record CoverInfo(String planName, Integer planFirstYear, Integer planLastYear, Integer reportYear,
		String department, String contactPerson, LocalDateTime submittedAt) {

	public static CoverInfo empty() {
		return new CoverInfo(null, null, null, null, null, null, null);
	}

	/** The cover where it speaks, the layout's defaults where it is silent. */
	CoverInfo withDefaults(ProfileDefaults defaults) {
		boolean period = planFirstYear == null || planLastYear == null;
		return new CoverInfo(planName != null ? planName : defaults.planName(),
				period ? defaults.planFirstYear() : planFirstYear, period ? defaults.planLastYear() : planLastYear,
				reportYear != null ? reportYear : defaults.reportYear(), department, contactPerson, submittedAt);
	}

}
