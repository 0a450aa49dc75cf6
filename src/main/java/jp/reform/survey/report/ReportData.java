package jp.reform.survey.report;

import java.time.LocalDateTime;
import java.util.List;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.store.RunRecord;
import jp.reform.survey.store.StoredFinding;
import jp.reform.survey.store.Submission;

/**
 * Everything a report shows: the consolidated plans, how each submission went, and the recent
 * runs (newest first) for the summary's run history.
 */
public record ReportData(List<PlanSummary> plans, List<Submission> submissions, List<StoredFinding> findings,
		LocalDateTime generatedAt, List<RunRecord> runs) {

	/** Without run history (a report made outside a run). */
	public ReportData(List<PlanSummary> plans, List<Submission> submissions, List<StoredFinding> findings,
			LocalDateTime generatedAt) {
		this(plans, submissions, findings, generatedAt, List.of());
	}

}
