package jp.reform.survey.store;

import java.time.LocalDateTime;

/** A run's reports as they were written: which job wrote them and when (see {@link ReportSnapshots}). */
public record ReportSnapshot(long id, long jobExecutionId, LocalDateTime takenAt) {

}
