package jp.reform.survey.store;

/** A finding as stored, with the file it belongs to. */
public record StoredFinding(long submissionId, String fileName, String severity, String sheet, String cell,
		String message, String expected) {

}
