package jp.reform.survey.store;

/** A stored submission that was one of our generated forms, with the survey year it declares. */
public record FormReturn(long submissionId, String department, int surveyYear) {

}
