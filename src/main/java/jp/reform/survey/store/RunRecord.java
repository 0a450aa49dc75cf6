package jp.reform.survey.store;

import java.time.Duration;
import java.time.LocalDateTime;

/** One row of the run history: when, where, how long, what it saw and did, how it ended. */
public record RunRecord(long id, LocalDateTime startedAt, LocalDateTime endedAt, String host, RunTrigger trigger,
		boolean resumed, int filesFound, int filesUnchanged, int filesLoaded, int filesRejected, int filesPartial,
		int filesExcluded, RunOutcome outcome, String message) {

	/** Null while running, and for a run that died before it could record its end. */
	public Duration duration() {
		return endedAt == null ? null : Duration.between(startedAt, endedAt);
	}

}
