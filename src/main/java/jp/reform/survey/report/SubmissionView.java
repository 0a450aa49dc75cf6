package jp.reform.survey.report;

import java.util.List;

import jp.reform.survey.store.StoredFinding;

/**
 * A submission as the summary lists it.
 *
 * @param replaced whether a newer submission of the department replaced all its items ({@link Replacements}):
 * listed, but not counted among the files
 */
public record SubmissionView(String fileName, String department, String status, boolean hasErrors, long errors,
		long warnings, String submittedAt, int items, List<StoredFinding> findings, boolean replaced) {

	/** The department shown for a file that names none. */
	static final String UNKNOWN_DEPARTMENT = "（不明）";

}
