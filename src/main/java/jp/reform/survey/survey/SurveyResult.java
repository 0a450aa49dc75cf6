package jp.reform.survey.survey;

import java.util.List;
import jp.reform.survey.vocabulary.Finding;
import jp.reform.survey.vocabulary.Severity;

/**
 * A workbook's reading: the cover, the items that passed, everything worth reporting, and the
 * metadata of a form this product generated (null for any other workbook).
 */
public record SurveyResult(CoverInfo cover, List<SurveyItem> items, List<Finding> findings, FormMetadata form) {

	public SurveyResult(CoverInfo cover, List<SurveyItem> items, List<Finding> findings) {
		this(cover, items, findings, null);
	}

	public boolean hasErrors() {
		return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
	}

	public boolean hasWarnings() {
		return findings.stream().anyMatch(f -> f.severity() == Severity.WARNING);
	}

}
