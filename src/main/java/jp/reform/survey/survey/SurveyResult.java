package jp.reform.survey.survey;

import java.util.List;

/** A workbook's reading: the cover, the items that passed, and everything worth reporting. */
public record SurveyResult(CoverInfo cover, List<SurveyItem> items, List<Finding> findings) {

	public boolean hasErrors() {
		return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
	}

	public boolean hasWarnings() {
		return findings.stream().anyMatch(f -> f.severity() == Severity.WARNING);
	}

}
