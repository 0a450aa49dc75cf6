package jp.reform.survey.report;

import java.time.LocalDateTime;
import java.util.List;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.store.FormDistributions;
import jp.reform.survey.store.RunRecord;
import jp.reform.survey.store.StoredFinding;
import jp.reform.survey.store.Submission;
import jp.reform.survey.store.SubmissionPlan;

/**
 * Everything a report shows: the consolidated plans, how each submission went, what the previous
 * run reported (for 「前回の集計からの変更」) and the recent runs (newest first) for the run history.
 *
 * @param submissionPlans the plan and report year of each submission (department status per plan)
 * @param previous the previous run's report, or null when this is the first
 * @param forms the newest survey form sent to each department (submission tracking)
 * @param priorYears for each plan whose store holds an earlier report year, that report as its submissions
 *        stated it (for 「前年度報告との比較」)
 */
public record ReportData(List<PlanSummary> plans, List<Submission> submissions, List<StoredFinding> findings,
		LocalDateTime generatedAt, List<SubmissionPlan> submissionPlans, PreviousReport previous, List<RunRecord> runs,
		FormDistributions forms, List<PlanSummary> priorYears) {

	/** Without earlier report years. */
	public ReportData(List<PlanSummary> plans, List<Submission> submissions, List<StoredFinding> findings,
			LocalDateTime generatedAt, List<SubmissionPlan> submissionPlans, PreviousReport previous, List<RunRecord> runs,
			FormDistributions forms) {
		this(plans, submissions, findings, generatedAt, submissionPlans, previous, runs, forms, List.of());
	}

	/** Without submission plans, a previous run or run history: those parts of the summary stay empty. */
	public ReportData(List<PlanSummary> plans, List<Submission> submissions, List<StoredFinding> findings,
			LocalDateTime generatedAt) {
		this(plans, submissions, findings, generatedAt, List.of(), null, List.of(), FormDistributions.none());
	}

	/** Without run history (a report made outside a run). */
	public ReportData(List<PlanSummary> plans, List<Submission> submissions, List<StoredFinding> findings,
			LocalDateTime generatedAt, List<SubmissionPlan> submissionPlans, PreviousReport previous) {
		this(plans, submissions, findings, generatedAt, submissionPlans, previous, List.of(), FormDistributions.none());
	}

	/** Without distributed forms (no form was generated for this store yet). */
	public ReportData(List<PlanSummary> plans, List<Submission> submissions, List<StoredFinding> findings,
			LocalDateTime generatedAt, List<SubmissionPlan> submissionPlans, PreviousReport previous,
			List<RunRecord> runs) {
		this(plans, submissions, findings, generatedAt, submissionPlans, previous, runs, FormDistributions.none());
	}

}
