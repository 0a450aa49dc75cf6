package jp.reform.survey.batch;

import jp.reform.survey.store.Submission;
import jp.reform.survey.store.SurveyStore;
import jp.reform.survey.vocabulary.Finding;
import jp.reform.survey.survey.SurveyResult;

/**
 * A submission after reading: either a survey result to store or the reason it was rejected (with
 * {@code excluded}, the reason it is no spreadsheet at all).
 */
record LoadedSubmission(Submission submission, SurveyResult result, SurveyStore.Outcome outcome, Finding rejection,
		boolean excluded) {

	LoadedSubmission(Submission submission, SurveyResult result, SurveyStore.Outcome outcome, Finding rejection) {
		this(submission, result, outcome, rejection, false);
	}

}
