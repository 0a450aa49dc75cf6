package jp.reform.survey.batch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the job is operated (also under {@code reform.*}; the defaults are in application.yml): the
 * run lock that keeps consolidations one at a time.
 */
@ConfigurationProperties("reform")
public record OperationProperties(Lock lock) {

	/**
	 * The holder refreshes its heartbeat every {@code heartbeat}; a lock silent for
	 * {@code staleAfter} belongs to a dead run and may be taken.
	 */
	public record Lock(Duration staleAfter, Duration heartbeat) {

		public Lock {
			if (heartbeat.multipliedBy(2).compareTo(staleAfter) > 0) {
				throw new IllegalArgumentException("reform.lock.heartbeat (" + heartbeat
						+ ") は reform.lock.stale-after (" + staleAfter + ") の半分以下にしてください");
			}
		}

	}

}
