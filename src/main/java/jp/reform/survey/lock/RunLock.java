package jp.reform.survey.lock;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jp.reform.survey.store.LockHolder;
import jp.reform.survey.store.LockState;
import jp.reform.survey.store.RunLockRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database lock that keeps consolidations one at a time, across processes and hosts sharing
 * the database. A holder that dies stops its heartbeat, and its lock is free once silent for the
 * stale interval; on the holder's own host a dead process is recognised at once (its process id is
 * gone), so a rerun after kill -9 need not wait.
 */
public class RunLock {

	public static final String CONSOLIDATION = "consolidation";

	private static final Logger log = LoggerFactory.getLogger(RunLock.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final RunLockRepository repository;

	private final LockHolder self;

	private final String name;

	private final Duration staleAfter;

	private final Duration heartbeat;

	private RunLease current;

	public RunLock(RunLockRepository repository, LockHolder self, String name, LockProperties settings) {
		this.repository = repository;
		this.self = self;
		this.name = name;
		this.staleAfter = settings.staleAfter();
		this.heartbeat = settings.heartbeat();
	}

	public LockHolder self() {
		return self;
	}

	/**
	 * Takes the lock or throws {@link RunLockedException} at once. Synchronized, and refusing while
	 * this process holds the lock, so a lock found under this very process id is known to be a
	 * leftover of an earlier run whose release failed.
	 */
	public synchronized RunLease acquire() {
		if (current != null) {
			throw new RunLockedException("この処理の中で別の集計が実行中です。終了を待ってから再実行してください。");
		}
		String token = UUID.randomUUID().toString();
		if (!repository.acquire(name, token, self, staleAfter)) {
			LockState state = repository.state(name)
				.orElseThrow(() -> new IllegalStateException("実行ロックの行がありません: " + name));
			// free now: released between the two statements, so try once more; held: only a dead holder yields
			boolean taken = state.free() ? repository.acquire(name, token, self, staleAfter)
					: takeOverIfGone(state, token);
			if (!taken) {
				throw new RunLockedException(refusal(state));
			}
		}
		current = new RunLease(repository, name, token, heartbeat, staleAfter, this::released);
		return current;
	}

	/** The lease of the run in progress in this process, if any. */
	public synchronized RunLease current() {
		return current;
	}

	private synchronized void released() {
		current = null;
	}

	private boolean takeOverIfGone(LockState state, String token) {
		LockHolder holder = state.holder();
		if (!holder.host().equals(self.host())) {
			return false;
		}
		boolean gone = holder.pid() == self.pid()
				|| ProcessHandle.of(holder.pid()).map(process -> !process.isAlive()).orElse(true);
		if (gone && repository.takeOver(name, state.token(), token, self)) {
			log.warn("前回の実行（{}、開始 {}）は終了しています。残っていた実行ロックを引き継ぎます。", holder.label(),
					format(state.acquiredAt()));
			return true;
		}
		return false;
	}

	private static String format(LocalDateTime time) {
		return time == null ? "不明" : TIME.format(time);
	}

	private String refusal(LockState state) {
		if (state.free()) {
			return "別の集計が同時に開始しました。終了を待ってから再実行してください。";
		}
		return "別の集計が実行中です（実行者: " + state.holder().label() + "、開始: " + format(state.acquiredAt()) + "、最終応答: "
				+ state.secondsSinceHeartbeat() + " 秒前）。終了を待ってから再実行してください。実行者が異常終了していても、応答が "
				+ staleAfter.toSeconds() + " 秒途絶えるとロックは自動で解除されます。";
	}

}
