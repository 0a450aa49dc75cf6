package jp.reform.survey.store;

import jp.reform.survey.vocabulary.Severity;

/** A finding as stored, with the file it belongs to. */
public record StoredFinding(long submissionId, String fileName, Severity severity, String sheet, String cell,
		String message, String expected) {

	/** Whether the department has something to fix or check (errors and warnings, not notes). */
	public boolean actionable() {
		return severity != Severity.NOTE;
	}

}
