package jp.reform.survey.feedback;

import java.util.List;

/**
 * A department's feedback: its newest submission in full (for the department nobody could tell,
 * every unreadable file), and the earlier ones as history.
 *
 * @param plan the department's plan when the inbox holds several plans; null when it holds one
 * @param page the page's file name inside output/feedback/
 */
public record DepartmentFeedback(String plan, String department, String page, List<SubmissionFeedback> current,
		List<SubmissionFeedback> earlier) {

	public boolean hasErrors() {
		return current.stream().anyMatch(SubmissionFeedback::hasErrors);
	}

	public long errors() {
		return current.stream().mapToLong(SubmissionFeedback::errors).sum();
	}

	public long warnings() {
		return current.stream().mapToLong(SubmissionFeedback::warnings).sum();
	}

}
