package jp.reform.survey.store;

import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Remembers which item versions each run reported, so the next run can show what changed since
 * (new submissions, changed figures) whatever output folder either run wrote to.
 */
@Repository
public class ReportSnapshots {

	private final JdbcClient jdbc;

	public ReportSnapshots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The last run that wrote reports, if any. */
	public Optional<ReportSnapshot> latest() {
		return jdbc.sql("SELECT id, job_execution_id, taken_at, state_key FROM report_snapshot ORDER BY id DESC LIMIT 1")
			.query((rs, n) -> new ReportSnapshot(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toLocalDateTime(),
					rs.getString(4)))
			.optional();
	}

	/** Records the versions current now as what this run reported, built from the state {@code stateKey}. */
	public ReportSnapshot take(long jobExecutionId, LocalDateTime takenAt, String stateKey) {
		long id = insert(jobExecutionId, takenAt, stateKey);
		jdbc.sql("""
				INSERT INTO report_snapshot_version (snapshot_id, item_version_id)
				SELECT ?, cur.id FROM current_item_version cur
				""").param(id).update();
		return new ReportSnapshot(id, jobExecutionId, takenAt, stateKey);
	}

	/**
	 * Records that this run reported the same state as {@code previous}: its versions are copied, so
	 * the next run compares with this one without working out the current versions again.
	 */
	public ReportSnapshot repeat(ReportSnapshot previous, long jobExecutionId, LocalDateTime takenAt) {
		long id = insert(jobExecutionId, takenAt, previous.stateKey());
		jdbc.sql("""
				INSERT INTO report_snapshot_version (snapshot_id, item_version_id)
				SELECT ?, item_version_id FROM report_snapshot_version WHERE snapshot_id = ?
				""").params(id, previous.id()).update();
		return new ReportSnapshot(id, jobExecutionId, takenAt, previous.stateKey());
	}

	private long insert(long jobExecutionId, LocalDateTime takenAt, String stateKey) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO report_snapshot (job_execution_id, taken_at, state_key) VALUES (?, ?, ?)")
			.params(jobExecutionId, takenAt, stateKey)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

}
