package jp.reform.survey.store;

import java.time.LocalDateTime;

/** A survey form sent to a department. */
public record FormDistribution(String planName, String department, int surveyYear, String formVersion,
		String fileName, LocalDateTime generatedAt) {

}
