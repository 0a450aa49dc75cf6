package jp.reform.survey.report;

/**
 * A department's feedback page as the summary links it.
 *
 * @param href the page, relative to summary.html and URL-encoded
 * @param status the state of the department's newest submission, as the office reads it
 */
public record FeedbackLink(String department, String href, String status, boolean hasErrors, long errors,
		long warnings) {

}
