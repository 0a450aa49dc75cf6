package jp.reform.survey.store;

import java.time.LocalDateTime;

import jp.reform.survey.vocabulary.SubmissionStatus;

/** A registered file: what it is, when it counts as submitted, and how it went. */
public record Submission(long id, String fileName, String filePath, String fingerprint, long fileSize,
		LocalDateTime fileModifiedAt, LocalDateTime submittedAt, String departmentName, SubmissionStatus status,
		int itemCount, Long jobExecutionId) {

}
