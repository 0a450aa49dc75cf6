package jp.reform.survey.service;

import java.time.Duration;

import jp.reform.survey.lock.RunLock;
import jp.reform.survey.store.LockState;
import jp.reform.survey.store.RunLockRepository;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The run lock in {@code /actuator/health} (component {@code runLock}). A lock held by a live run is
 * normal, so the component stays UP and says so in {@code state}: {@code free}, {@code running}
 * (holder, start, seconds since its heartbeat), or {@code stale} (the holder went silent; the next run
 * takes the lock over). DOWN only when the lock cannot be read, i.e. the database is unreachable.
 */
class RunLockHealthIndicator extends AbstractHealthIndicator {

	private final RunLockRepository repository;

	private final RunLock lock;

	private final Duration staleAfter;

	RunLockHealthIndicator(RunLockRepository repository, RunLock lock, Duration staleAfter) {
		super("実行ロックを読めません（データベースに接続できない可能性があります）");
		this.repository = repository;
		this.lock = lock;
		this.staleAfter = staleAfter;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		LockState state = repository.state(RunLock.CONSOLIDATION).orElse(null);
		builder.up();
		if (state == null || state.free()) {
			builder.withDetail("state", "free");
			return;
		}
		boolean stale = state.secondsSinceHeartbeat() >= staleAfter.toSeconds();
		builder.withDetail("state", stale ? "stale" : "running")
			.withDetail("holder", state.holder().label())
			.withDetail("thisProcess", state.holder().equals(lock.self()))
			.withDetail("since", String.valueOf(state.acquiredAt()))
			.withDetail("secondsSinceHeartbeat", state.secondsSinceHeartbeat())
			.withDetail("staleAfterSeconds", staleAfter.toSeconds());
	}

}
