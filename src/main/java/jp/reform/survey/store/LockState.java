package jp.reform.survey.store;

import java.time.LocalDateTime;

/**
 * The run lock as the database holds it now. {@code secondsSinceHeartbeat} is measured with the
 * database clock, like the staleness rule itself.
 */
public record LockState(String token, LockHolder holder, LocalDateTime acquiredAt, LocalDateTime heartbeatAt,
		long secondsSinceHeartbeat) {

	public boolean free() {
		return token == null;
	}

}
