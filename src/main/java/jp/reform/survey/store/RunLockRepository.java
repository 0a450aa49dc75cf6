package jp.reform.survey.store;

import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the run lock (table {@code run_lock}, one row per lock name). Every change is one
 * conditional UPDATE, which both H2 and MariaDB execute atomically under a row lock: of two
 * processes racing for a free lock exactly one sees its UPDATE count 1. Times come from the
 * database clock ({@code NOW(3)}), the one clock every host shares.
 */
@Repository
public class RunLockRepository {

	private final JdbcClient jdbc;

	public RunLockRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes the lock if it is free or its holder has not sent a heartbeat for {@code staleAfter}. */
	public boolean acquire(String name, String token, LockHolder holder, Duration staleAfter) {
		ensureRow(name);
		return jdbc.sql("""
				UPDATE run_lock SET token = ?, holder_host = ?, holder_pid = ?, acquired_at = NOW(3), heartbeat_at = NOW(3)
				WHERE name = ? AND (token IS NULL OR heartbeat_at < TIMESTAMPADD(SECOND, ?, NOW(3)))
				""")
			.params(token, holder.host(), holder.pid(), name, -staleAfter.toSeconds())
			.update() == 1;
	}

	/** Takes the lock from a holder known to be dead, only if that holder still has it. */
	public boolean takeOver(String name, String deadToken, String token, LockHolder holder) {
		return jdbc.sql("""
				UPDATE run_lock SET token = ?, holder_host = ?, holder_pid = ?, acquired_at = NOW(3), heartbeat_at = NOW(3)
				WHERE name = ? AND token = ?
				""")
			.params(token, holder.host(), holder.pid(), name, deadToken)
			.update() == 1;
	}

	/** Refreshes the heartbeat; false when the lock is no longer ours. */
	public boolean heartbeat(String name, String token) {
		return jdbc.sql("UPDATE run_lock SET heartbeat_at = NOW(3) WHERE name = ? AND token = ?")
			.params(name, token)
			.update() == 1;
	}

	public void release(String name, String token) {
		jdbc.sql("""
				UPDATE run_lock SET token = NULL, holder_host = NULL, holder_pid = NULL, acquired_at = NULL,
				       heartbeat_at = NULL
				WHERE name = ? AND token = ?
				""").params(name, token).update();
	}

	public Optional<LockState> state(String name) {
		return jdbc.sql("""
				SELECT token, holder_host, holder_pid, acquired_at, heartbeat_at,
				       TIMESTAMPDIFF(SECOND, heartbeat_at, NOW(3)) AS silent
				FROM run_lock WHERE name = ?
				""").param(name).query((rs, n) -> {
			String token = rs.getString("token");
			java.sql.Timestamp acquired = rs.getTimestamp("acquired_at");
			java.sql.Timestamp heartbeat = rs.getTimestamp("heartbeat_at");
			return new LockState(token, token == null ? null : new LockHolder(rs.getString("holder_host"),
					rs.getLong("holder_pid")), acquired == null ? null : acquired.toLocalDateTime(),
					heartbeat == null ? null : heartbeat.toLocalDateTime(), rs.getLong("silent"));
		}).optional();
	}

	/** The migration creates the row of the job's lock; other names (tests) get theirs on first use. */
	private void ensureRow(String name) {
		if (jdbc.sql("SELECT COUNT(*) FROM run_lock WHERE name = ?").param(name).query(Long.class).single() == 0) {
			try {
				jdbc.sql("INSERT INTO run_lock (name) VALUES (?)").param(name).update();
			}
			catch (org.springframework.dao.DuplicateKeyException ex) {
				// another process created it at the same moment: just as good
			}
		}
	}

}
