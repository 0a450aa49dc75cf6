package jp.reform.survey.report;

import java.time.LocalDateTime;
import java.util.List;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.store.StoredFinding;
import jp.reform.survey.store.Submission;
import jp.reform.survey.store.SubmissionPlan;

/**
 * Everything a report shows: the consolidated plans, how each submission went, and what the previous
 * run reported (for 「前回の集計からの変更」).
 *
 * @param submissionPlans the plan and report year of each submission (department status per plan)
 * @param previous the previous run's report, or null when this is the first
 */
public record ReportData(List<PlanSummary> plans, List<Submission> submissions, List<StoredFinding> findings,
		LocalDateTime generatedAt, List<SubmissionPlan> submissionPlans, PreviousReport previous) {

	/** Without submission plans or a previous run: department status and changes then stay empty. */
	public ReportData(List<PlanSummary> plans, List<Submission> submissions, List<StoredFinding> findings,
			LocalDateTime generatedAt) {
		this(plans, submissions, findings, generatedAt, List.of(), null);
	}

}
