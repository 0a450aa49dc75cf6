package jp.reform.survey.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The run history (table {@code run_history}): one row per run attempt. */
@Repository
public class RunHistoryRepository {

	/** What a finished run records. */
	public record Finish(LocalDateTime endedAt, Long jobExecutionId, boolean resumed, int found, int unchanged,
			int loaded, int rejected, int partial, int excluded, RunOutcome outcome, String message) {
	}

	private final JdbcClient jdbc;

	public RunHistoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a run that has the lock and is starting; returns its id. */
	public long started(LocalDateTime startedAt, String host, RunTrigger trigger) {
		return insert(startedAt, null, host, trigger, RunOutcome.RUNNING, null);
	}

	/** Records a run that did not start because another one held the lock. */
	public void refused(LocalDateTime at, String host, RunTrigger trigger, String message) {
		insert(at, at, host, trigger, RunOutcome.REFUSED, message);
	}

	public void finished(long id, Finish finish) {
		jdbc.sql("""
				UPDATE run_history SET ended_at = ?, job_execution_id = ?, resumed = ?, files_found = ?,
				       files_unchanged = ?, files_loaded = ?, files_rejected = ?, files_partial = ?, files_excluded = ?,
				       outcome = ?, message = ?
				WHERE id = ?
				""")
			.params(finish.endedAt(), finish.jobExecutionId(), finish.resumed(), finish.found(), finish.unchanged(),
					finish.loaded(), finish.rejected(), finish.partial(), finish.excluded(), finish.outcome().name(),
					truncate(finish.message()), id)
			.update();
	}

	/**
	 * Marks runs still recorded as running as interrupted. Only called by the holder of the run lock,
	 * so none of them can really be running: they died before recording their end.
	 */
	public int markInterrupted(String message) {
		return jdbc.sql("UPDATE run_history SET outcome = ?, message = ? WHERE outcome = ?")
			.params(RunOutcome.INTERRUPTED.name(), truncate(message), RunOutcome.RUNNING.name())
			.update();
	}

	/** The newest runs first. */
	public List<RunRecord> recent(int limit) {
		return jdbc.sql("SELECT * FROM run_history ORDER BY started_at DESC, id DESC LIMIT ?")
			.param(limit)
			.query(RunHistoryRepository::map)
			.list();
	}

	private long insert(LocalDateTime startedAt, LocalDateTime endedAt, String host, RunTrigger trigger,
			RunOutcome outcome, String message) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO run_history (started_at, ended_at, host, trigger_source, outcome, message)
				VALUES (?, ?, ?, ?, ?, ?)
				""")
			.params(startedAt, endedAt, host, trigger.name(), outcome.name(), truncate(message))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private static RunRecord map(ResultSet rs, int row) throws SQLException {
		Timestamp ended = rs.getTimestamp("ended_at");
		return new RunRecord(rs.getLong("id"), rs.getTimestamp("started_at").toLocalDateTime(),
				ended == null ? null : ended.toLocalDateTime(), rs.getString("host"),
				RunTrigger.valueOf(rs.getString("trigger_source")), rs.getBoolean("resumed"), rs.getInt("files_found"),
				rs.getInt("files_unchanged"), rs.getInt("files_loaded"), rs.getInt("files_rejected"),
				rs.getInt("files_partial"), rs.getInt("files_excluded"), RunOutcome.valueOf(rs.getString("outcome")), rs.getString("message"));
	}

	private static String truncate(String message) {
		return message == null || message.length() <= 2000 ? message : message.substring(0, 1999) + "…";
	}

}
