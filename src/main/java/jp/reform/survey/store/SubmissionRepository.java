package jp.reform.survey.store;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.reform.survey.vocabulary.SubmissionStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Registration and bookkeeping of submitted files. */
@Repository
public class SubmissionRepository {

	private static final String SELECT = """
			SELECT s.id, s.file_name, s.file_path, s.fingerprint, s.file_size, s.file_modified_at, s.submitted_at,
			       d.name AS department, s.status, s.item_count, s.job_execution_id
			FROM submission s LEFT JOIN department d ON d.id = s.department_id
			""";

	private final JdbcClient jdbc;

	public SubmissionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean existsByFingerprint(String fingerprint) {
		return jdbc.sql("SELECT COUNT(*) FROM submission WHERE fingerprint = ?")
			.param(fingerprint)
			.query(Long.class)
			.single() > 0;
	}

	public Optional<Submission> findByFingerprint(String fingerprint) {
		return jdbc.sql(SELECT + " WHERE s.fingerprint = ?").param(fingerprint).query(SubmissionRepository::map).optional();
	}

	/**
	 * Which of these fingerprints are already registered: one query per 500 instead of one per file,
	 * so an unchanged inbox of thousands of files is checked in a few round trips.
	 */
	public Set<String> knownFingerprints(Collection<String> fingerprints) {
		Set<String> known = new HashSet<>();
		List<String> all = List.copyOf(fingerprints);
		for (int from = 0; from < all.size(); from += 500) {
			List<String> part = all.subList(from, Math.min(all.size(), from + 500));
			String marks = String.join(", ", Collections.nCopies(part.size(), "?"));
			known.addAll(jdbc.sql("SELECT fingerprint FROM submission WHERE fingerprint IN (" + marks + ")")
				.params(part.toArray())
				.query(String.class)
				.list());
		}
		return known;
	}

	public long register(String fileName, String filePath, String fingerprint, long size, LocalDateTime modified,
			long jobExecutionId) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO submission (job_execution_id, file_name, file_path, fingerprint, file_size, file_modified_at,
				                        status, registered_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(jobExecutionId, fileName, filePath, fingerprint, size, modified, SubmissionStatus.PENDING.name(),
					LocalDateTime.now())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * A file registered by a run that died before loading it: it is taken as found now (name, place
	 * and time), so it ends exactly as if this run had registered it.
	 */
	public void refreshPending(long id, String fileName, String filePath, long size, LocalDateTime modified) {
		jdbc.sql("""
				UPDATE submission SET file_name = ?, file_path = ?, file_size = ?, file_modified_at = ?
				WHERE id = ? AND status = ?
				""")
			.params(fileName, filePath, size, modified, id, SubmissionStatus.PENDING.name())
			.update();
	}

	/**
	 * Forgets a file registered by a run that died before loading it, when the file has since left
	 * the inbox (or changed): nothing of it was stored, so nothing else refers to it.
	 */
	public void withdrawPending(long id) {
		jdbc.sql("DELETE FROM submission WHERE id = ? AND status = ?")
			.params(id, SubmissionStatus.PENDING.name())
			.update();
	}

	/**
	 * Claims a pending submission for the loading run, inside the workbook's transaction. The row
	 * lock this takes makes a second loader wait and then see it no longer pending, so a workbook is
	 * never stored twice even if two runs were ever to overlap.
	 */
	public boolean claim(long id, long jobExecutionId) {
		return jdbc.sql("UPDATE submission SET job_execution_id = ? WHERE id = ? AND status = ?")
			.params(jobExecutionId, id, SubmissionStatus.PENDING.name())
			.update() == 1;
	}

	public List<Submission> pending() {
		return jdbc.sql(SELECT + " WHERE s.status = ? ORDER BY s.id")
			.param(SubmissionStatus.PENDING.name())
			.query(SubmissionRepository::map)
			.list();
	}

	public Optional<Submission> find(long id) {
		return jdbc.sql(SELECT + " WHERE s.id = ?").param(id).query(SubmissionRepository::map).optional();
	}

	public List<Submission> all() {
		return jdbc.sql(SELECT + " ORDER BY s.submitted_at, s.id").query(SubmissionRepository::map).list();
	}

	public List<Submission> ofJobExecution(long jobExecutionId) {
		return jdbc.sql(SELECT + " WHERE s.job_execution_id = ? ORDER BY s.file_name")
			.param(jobExecutionId)
			.query(SubmissionRepository::map)
			.list();
	}

	/** Submissions handled by any of these job executions (a run and the attempts it continued). */
	public List<Submission> ofJobExecutions(java.util.Collection<Long> jobExecutionIds) {
		if (jobExecutionIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE s.job_execution_id IN (:ids) ORDER BY s.file_name")
			.param("ids", jobExecutionIds)
			.query(SubmissionRepository::map)
			.list();
	}

	private static Submission map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		java.sql.Timestamp submitted = rs.getTimestamp("submitted_at");
		long job = rs.getLong("job_execution_id");
		boolean noJob = rs.wasNull();
		return new Submission(rs.getLong("id"), rs.getString("file_name"), rs.getString("file_path"),
				rs.getString("fingerprint"), rs.getLong("file_size"),
				rs.getTimestamp("file_modified_at").toLocalDateTime(),
				submitted == null ? null : submitted.toLocalDateTime(), rs.getString("department"),
				SubmissionStatus.valueOf(rs.getString("status")), rs.getInt("item_count"),
				noJob ? null : job);
	}

}
