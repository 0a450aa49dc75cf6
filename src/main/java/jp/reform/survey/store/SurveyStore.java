package jp.reform.survey.store;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jp.reform.survey.normalize.DepartmentNames;
import jp.reform.survey.survey.SurveyItem;
import jp.reform.survey.survey.SurveyResult;
import jp.reform.survey.vocabulary.Finding;
import jp.reform.survey.vocabulary.Severity;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.SubmissionStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one workbook's reading: plan, categories and items as needed, a version of each item
 * tied to the submission, every value with its cell, and the findings. One transaction per
 * workbook, so a failure leaves nothing of it behind.
 *
 * <p>Several workbooks are written at once (the load step is partitioned). The shared reference
 * rows (plan, category, item, department) are resolved first by {@link ReferenceRows} in a short
 * transaction of their own, where a race is cheap to retry; the workbook's own transaction then
 * only inserts rows of its submission. Nothing stored depends on which workbook came first.
 */
@Repository
public class SurveyStore {

	/** How the submission's time was established, for the record. */
	public record Outcome(SubmissionStatus status, LocalDateTime submittedAt, String submittedFrom, String department) {
	}

	static final int MAX_ROWS_PER_STATEMENT = 128;

	private static final String VALUE_COLUMNS = "item_version_id, field, fiscal_year, num_value, text_value, unit,"
			+ " comparator, approximate, raw_text, sheet_name, cell_ref, line_no";

	private static final String FINDING_COLUMNS = "submission_id, severity, sheet_name, cell_ref, message, expected";

	private final JdbcClient jdbc;

	private final ReferenceRows references;

	private final CrossSubmissionCheck crossCheck;

	public SurveyStore(JdbcClient jdbc, ReferenceRows references) {
		this.jdbc = jdbc;
		this.references = references;
		this.crossCheck = new CrossSubmissionCheck(jdbc);
	}

	/** Resolves the reference rows and stores the workbook, all in one transaction (no retry). */
	@Transactional
	public void save(long submissionId, SurveyResult result, Outcome outcome) {
		save(submissionId, result, outcome, references.resolve(result, outcome));
	}

	/**
	 * Stores the workbook against reference rows already resolved (and committed) by
	 * {@link ReferenceRows#resolve}: only rows of this submission are inserted here, so concurrent
	 * workbooks never collide on a unique key inside this, the long transaction.
	 */
	@Transactional
	public void save(long submissionId, SurveyResult result, Outcome outcome, ReferenceRows.References refs) {
		List<SurveyItem> items = result.items();
		List<Object[]> values = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			SurveyItem item = items.get(i);
			ReferenceRows.ItemRefs ids = refs.items().get(i);
			long versionId = insertVersion(ids.itemId(), submissionId, item, ids.leadDepartmentId());
			for (SourcedValue v : item.values()) {
				values.add(new Object[] { versionId, v.field().key(), v.fiscalYear(), v.number(), v.text(), v.unit(),
						v.comparator(), v.approximate(), v.raw(), v.sheet(), v.cell(), v.line() });
			}
		}
		insertRows("item_value", VALUE_COLUMNS, values);
		List<Finding> findings = new ArrayList<>(result.findings());
		for (int i = 0; i < items.size(); i++) {
			tellBothSides(crossCheck.check(refs.items().get(i).itemId(), submissionId, outcome.department(), items.get(i)),
					findings);
		}
		insertFindings(submissionId, findings);
		SubmissionStatus status = withStoreWarnings(outcome.status(), findings);
		jdbc.sql("""
				UPDATE submission SET status = ?, submitted_at = ?, submitted_from = ?, plan_id = ?, department_id = ?,
				       plan_first_year = ?, plan_last_year = ?, report_year = ?, item_count = ?, loaded_at = ?,
				       form_survey_year = ?
				WHERE id = ?
				""")
			.params(status.name(), outcome.submittedAt(), outcome.submittedFrom(), refs.planId(), refs.departmentId(),
					result.cover().planFirstYear(), result.cover().planLastYear(), result.cover().reportYear(),
					items.size(), LocalDateTime.now(), result.form() == null ? null : result.form().surveyYear(),
					submissionId)
			.update();
	}

	/**
	 * Checks made here, against what is already stored (a category name differing from the plan's,
	 * an item another department sent with other values), are warnings the reading could not see:
	 * a file clean on its own becomes "loaded with warnings".
	 */
	private static SubmissionStatus withStoreWarnings(SubmissionStatus status, List<Finding> findings) {
		boolean warned = findings.stream().anyMatch(f -> f.severity() == Severity.WARNING);
		return status == SubmissionStatus.LOADED && warned ? SubmissionStatus.LOADED_WITH_WARNINGS : status;
	}

	/** This submission's side joins its findings; the other department's side is added to its submission. */
	private void tellBothSides(List<CrossSubmissionCheck.Conflict> conflicts, List<Finding> findings) {
		for (CrossSubmissionCheck.Conflict conflict : conflicts) {
			findings.add(conflict.own());
			insertFindings(conflict.otherSubmissionId(), List.of(conflict.theirs()));
			if (SubmissionStatus.LOADED.name().equals(conflict.otherStatus())) {
				jdbc.sql("UPDATE submission SET status = ? WHERE id = ? AND status = ?")
					.params(SubmissionStatus.LOADED_WITH_WARNINGS.name(), conflict.otherSubmissionId(),
							SubmissionStatus.LOADED.name())
					.update();
			}
		}
	}

	/** A file that could not be read at all: only the reason is kept. */
	@Transactional
	public void reject(long submissionId, Finding reason, LocalDateTime submittedAt) {
		reject(submissionId, reason, submittedAt, null);
	}

	/** As above, for a generated form turned away as a whole: the survey year it declares is kept. */
	@Transactional
	public void reject(long submissionId, Finding reason, LocalDateTime submittedAt, Integer formSurveyYear) {
		reject(submissionId, reason, submittedAt, formSurveyYear, SubmissionStatus.REJECTED);
	}

	/**
	 * As above, ending as {@code status}: {@link SubmissionStatus#REJECTED}, or
	 * {@link SubmissionStatus#EXCLUDED} for a file that is no spreadsheet at all.
	 */
	@Transactional
	public void reject(long submissionId, Finding reason, LocalDateTime submittedAt, Integer formSurveyYear,
			SubmissionStatus status) {
		insertFindings(submissionId, List.of(reason));
		jdbc.sql("UPDATE submission SET status = ?, submitted_at = ?, submitted_from = ?, loaded_at = ?,"
				+ " form_survey_year = ? WHERE id = ?")
			.params(status.name(), submittedAt, "file", LocalDateTime.now(), formSurveyYear, submissionId)
			.update();
	}

	private long insertVersion(long itemId, long submissionId, SurveyItem item, long leadId) {
		return insert("""
				INSERT INTO item_version (item_id, submission_id, sheet_name, name, lead_department_id, departments,
				                          kpi_name, kpi_unit, layout)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", itemId, submissionId, item.sheet(), item.name(), leadId, DepartmentNames.join(item.departments()),
				item.kpiName(), item.kpiUnit(), item.layout());
	}

	private void insertFindings(long submissionId, List<Finding> findings) {
		insertRows("finding", FINDING_COLUMNS, findings.stream()
			.map(f -> new Object[] { submissionId, f.severity().name(), f.sheet(), f.cell(), f.message(), f.expected() })
			.toList());
	}

	/**
	 * Inserts rows with multi-row INSERT statements: a workbook's ~300 values go in a handful of
	 * statements rather than 300 executions of one. Statements hold 128, 64, … or 1 rows, so only
	 * eight statement texts ever occur and the database's statement cache keeps them parsed. (On
	 * MariaDB the driver's bulk protocol would batch too; on the embedded database only this saves
	 * the per-statement work.) Every row has as many values as {@code columns} names.
	 */
	private void insertRows(String table, String columns, List<Object[]> rows) {
		int width = columns.split(",").length;
		String tuple = "(" + "?, ".repeat(width - 1) + "?)";
		int from = 0;
		while (from < rows.size()) {
			int size = Integer.highestOneBit(Math.min(rows.size() - from, MAX_ROWS_PER_STATEMENT));
			Object[] params = new Object[size * width];
			for (int r = 0; r < size; r++) {
				System.arraycopy(rows.get(from + r), 0, params, r * width, width);
			}
			jdbc.sql("INSERT INTO " + table + " (" + columns + ") VALUES " + String.join(", ", Collections.nCopies(size, tuple)))
				.params(params)
				.update();
			from += size;
		}
	}

	private long insert(String sql, Object... params) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(sql).params(params).update(keys, "id");
		return keys.getKey().longValue();
	}

}
