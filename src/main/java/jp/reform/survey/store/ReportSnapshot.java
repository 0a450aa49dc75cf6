package jp.reform.survey.store;

import java.time.LocalDateTime;

/**
 * A run's reports as they were written: which job wrote them, when, and from which state (see
 * {@link ReportSnapshots}); {@code stateKey} is null for snapshots older than the key.
 */
public record ReportSnapshot(long id, long jobExecutionId, LocalDateTime takenAt, String stateKey) {

}
