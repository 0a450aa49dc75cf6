package jp.reform.survey.lock;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jp.reform.survey.store.DatabaseLost;
import jp.reform.survey.store.RunLockRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run lock while held: a daemon thread refreshes the heartbeat so other hosts see the holder
 * alive; closing releases the lock. If the heartbeat finds the lock taken over (this process was
 * silent longer than the stale interval, e.g. a long database outage) the lease is lost and
 * {@link #verify()} stops the run before it stores anything more.
 */
public final class RunLease implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RunLease.class);

	private final RunLockRepository repository;

	private final String name;

	private final String token;

	private final Duration staleAfter;

	private final Runnable onClose;

	private final ScheduledExecutorService heartbeats;

	private volatile boolean lost;

	private volatile boolean failing;

	RunLease(RunLockRepository repository, String name, String token, Duration heartbeat, Duration staleAfter,
			Runnable onClose) {
		this.repository = repository;
		this.name = name;
		this.token = token;
		this.staleAfter = staleAfter;
		this.onClose = onClose;
		this.heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "run-lock-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		long millis = heartbeat.toMillis();
		heartbeats.scheduleWithFixedDelay(this::beat, millis, millis, TimeUnit.MILLISECONDS);
	}

	String token() {
		return token;
	}

	public boolean lost() {
		return lost;
	}

	/** Throws when the lock has been taken over: this run must not store anything more. */
	public void verify() {
		if (lost) {
			throw new IllegalStateException("実行ロックを失いました（応答が " + staleAfter.toSeconds()
					+ " 秒以上途絶え、別の実行に引き継がれました）。この実行を中止します。");
		}
	}

	private void beat() {
		try {
			if (!repository.heartbeat(name, token)) {
				lost = true;
				log.error("実行ロックが別の実行に引き継がれていました。この実行は次のブックの前で中止します。");
				heartbeats.shutdown();
				return;
			}
			if (failing) {
				failing = false;
				log.info("データベースとの接続が戻り、実行ロックの応答を再開しました。");
			}
		}
		catch (RuntimeException ex) {
			if (!failing) {
				log.warn("実行ロックの応答（ハートビート）を更新できません: {}", DatabaseLost.reason(ex));
				log.debug("ハートビートの失敗", ex);
			}
			failing = true;
		}
	}

	/** Stops the heartbeat and releases the lock; if the database cannot be reached it expires by itself. */
	@Override
	public void close() {
		heartbeats.shutdown();
		try {
			heartbeats.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try {
			if (!lost) {
				repository.release(name, token);
			}
		}
		catch (RuntimeException ex) {
			log.warn("実行ロックを解除できませんでした（{}）。応答が {} 秒途絶えると自動で解除されます。", DatabaseLost.reason(ex),
					staleAfter.toSeconds());
			log.debug("実行ロックの解除の失敗", ex);
		}
		finally {
			onClose.run();
		}
	}

}
