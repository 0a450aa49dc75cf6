package jp.reform.survey.report;

/**
 * A department's feedback page as the summary links it.
 *
 * @param plan the department's plan when the inbox holds several plans (a page per plan and department);
 *        null when it holds one
 * @param href the page, relative to summary.html and URL-encoded
 * @param status the state of the department's newest submission, as the office reads it
 */
public record FeedbackLink(String plan, String department, String href, String status, boolean hasErrors, long errors,
		long warnings) {

	/** The page of the files that name no department. */
	public static final String UNKNOWN_DEPARTMENT = "所管課不明";

}
