package jp.reform.survey.batch;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the job is operated (also under {@code reform.*}; the defaults are in application.yml):
 * once or as a service, the service's schedule and on-demand trigger, and the run lock.
 */
@ConfigurationProperties("reform")
public record OperationProperties(Mode mode, Schedule schedule, Trigger trigger, Lock lock) {

	/** {@code once}: one consolidation, then exit (cron, timers). {@code service}: stay up and run on the schedule. */
	public enum Mode {

		ONCE, SERVICE

	}

	/** A Spring cron expression (second minute hour day month weekday) read in {@code zone}. */
	public record Schedule(String cron, ZoneId zone) {
	}

	/** The on-demand trigger's HTTP address; port 0 picks a free port, -1 turns it off. */
	public record Trigger(String address, int port) {
	}

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
