package jp.reform.survey.feedback;

import java.util.List;

import jp.reform.survey.store.StoredFinding;

/**
 * One submitted file as its department's feedback page shows it.
 *
 * @param copyHref link to the copy with the offending cells marked, relative to the page, or null
 * @param copyNote why there is no copy, or null
 * @param findings errors and warnings, in reading order
 * @param notes what was only noted (skipped sheets …)
 */
public record SubmissionFeedback(String fileName, String status, boolean hasErrors, String submittedAt, int items,
		long errors, long warnings, String copyHref, String copyNote, List<StoredFinding> findings,
		List<StoredFinding> notes) {

}
