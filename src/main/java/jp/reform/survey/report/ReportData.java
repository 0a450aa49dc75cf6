package jp.reform.survey.report;

import java.time.LocalDateTime;
import java.util.List;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.store.StoredFinding;
import jp.reform.survey.store.Submission;

/** Everything a report shows: the consolidated plans and how each submission went. */
public record ReportData(List<PlanSummary> plans, List<Submission> submissions, List<StoredFinding> findings,
		LocalDateTime generatedAt) {

}
