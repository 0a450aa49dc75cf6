package jp.reform.survey.lock;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reform.lock.*}: the holder refreshes its heartbeat every {@code heartbeat}; a lock silent
 * for {@code staleAfter} belongs to a dead run and may be taken.
 */
@ConfigurationProperties("reform.lock")
public record LockProperties(Duration staleAfter, Duration heartbeat) {

	public LockProperties {
		if (heartbeat.multipliedBy(2).compareTo(staleAfter) > 0) {
			throw new IllegalArgumentException("reform.lock.heartbeat (" + heartbeat
					+ ") は reform.lock.stale-after (" + staleAfter + ") の半分以下にしてください");
		}
	}

}
