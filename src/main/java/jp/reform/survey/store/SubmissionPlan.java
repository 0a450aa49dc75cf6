package jp.reform.survey.store;

/** The plan and report year a submission's cover or items named; either may be null (a rejected file). */
public record SubmissionPlan(long submissionId, String planName, Integer reportYear) {

}
