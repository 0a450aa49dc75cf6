package jp.reform.survey.report;

import java.time.LocalDateTime;
import java.util.List;

import jp.reform.survey.consolidate.PlanSummary;

/**
 * What the previous run reported, consolidated again from the item versions it reported.
 *
 * @param jobExecutionId the run that wrote it; submissions of later runs are new since
 */
public record PreviousReport(long jobExecutionId, LocalDateTime takenAt, List<PlanSummary> plans) {

}
