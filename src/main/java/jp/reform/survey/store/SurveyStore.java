package jp.reform.survey.store;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.reform.survey.normalize.CategoryCode;
import jp.reform.survey.survey.Finding;
import jp.reform.survey.survey.SourcedValue;
import jp.reform.survey.survey.SurveyItem;
import jp.reform.survey.survey.SurveyResult;

import org.springframework.jdbc.core.JdbcTemplate;
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
 * <p>Several workbooks are written at once (the load step is partitioned), so nothing written here
 * may depend on which workbook comes first: a reference row (plan, category, item, department) is
 * whoever inserts it first, and a concurrent insert of the same key fails with a duplicate key —
 * the caller retries the whole workbook, which then finds the row. Names that workbooks spell
 * differently are settled independently of order: plan and department names here (the shortest,
 * then lowest spelling wins), 大分類/中分類 names afterwards by {@link CategoryNames}.
 */
@Repository
public class SurveyStore {

	/** How the submission's time was established, for the record. */
	public record Outcome(SubmissionStatus status, LocalDateTime submittedAt, String submittedFrom, String department) {
	}

	/** Shorter spellings first (no stray spaces), then code-point order: the same winner in any load order. */
	static final Comparator<String> PREFERRED_SPELLING = Comparator.comparingInt(String::length)
		.thenComparing(Comparator.naturalOrder());

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	public SurveyStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Transactional
	public void save(long submissionId, SurveyResult result, Outcome outcome) {
		List<Finding> findings = result.findings();
		Long planId = null;
		for (SurveyItem item : result.items()) {
			planId = planId(item.planName());
			long categoryId = codeId("category", "plan_id", planId, item.category());
			long subcategoryId = codeId("subcategory", "category_id", categoryId, item.subcategory());
			long itemId = itemId(subcategoryId, item.itemNo());
			long versionId = insertVersion(itemId, submissionId, item);
			insertValues(versionId, item.values());
		}
		if (planId == null && result.cover().planName() != null) {
			planId = planId(result.cover().planName());
		}
		Long departmentId = outcome.department() == null ? null : departmentId(outcome.department());
		insertFindings(submissionId, findings);
		jdbc.sql("""
				UPDATE submission SET status = ?, submitted_at = ?, submitted_from = ?, plan_id = ?, department_id = ?,
				       plan_first_year = ?, plan_last_year = ?, report_year = ?, item_count = ?, loaded_at = ?
				WHERE id = ?
				""")
			.params(outcome.status().name(), outcome.submittedAt(), outcome.submittedFrom(), planId, departmentId,
					result.cover().planFirstYear(), result.cover().planLastYear(), result.cover().reportYear(),
					result.items().size(), LocalDateTime.now(), submissionId)
			.update();
	}

	/** A file that could not be read at all: only the reason is kept. */
	@Transactional
	public void reject(long submissionId, Finding reason, LocalDateTime submittedAt) {
		insertFindings(submissionId, List.of(reason));
		jdbc.sql("UPDATE submission SET status = ?, submitted_at = ?, submitted_from = ?, loaded_at = ? WHERE id = ?")
			.params(SubmissionStatus.REJECTED.name(), submittedAt, "file", LocalDateTime.now(), submissionId)
			.update();
	}

	private long planId(String name) {
		return namedId("plan", name);
	}

	private long departmentId(String name) {
		return namedId("department", name);
	}

	/**
	 * The row for a name, by its key (width and spacing ignored). When this workbook spells the name
	 * in a preferred way, the row takes that spelling; the check runs on the latest committed row
	 * under a row lock, so concurrent workbooks converge on the same spelling.
	 */
	private long namedId(String table, String name) {
		String key = NameKeys.of(name);
		String spelling = name.strip();
		Optional<Named> found = jdbc.sql("SELECT id, name FROM " + table + " WHERE name_key = ?")
			.param(key)
			.query((rs, n) -> new Named(rs.getLong(1), rs.getString(2)))
			.optional();
		if (found.isEmpty()) {
			return insert("INSERT INTO " + table + " (name_key, name) VALUES (?, ?)", key, spelling);
		}
		long id = found.get().id();
		if (PREFERRED_SPELLING.compare(spelling, found.get().name()) < 0) {
			String current = jdbc.sql("SELECT name FROM " + table + " WHERE id = ? FOR UPDATE")
				.param(id)
				.query(String.class)
				.single();
			if (PREFERRED_SPELLING.compare(spelling, current) < 0) {
				jdbc.sql("UPDATE " + table + " SET name = ? WHERE id = ?").params(spelling, id).update();
			}
		}
		return id;
	}

	private record Named(long id, String name) {
	}

	/**
	 * A 大分類/中分類 row by its number under the parent. Its name is provisional (whoever inserted
	 * it); {@link CategoryNames#settle()} sets it and warns about differing names once all are loaded.
	 */
	private long codeId(String table, String parentColumn, long parentId, CategoryCode code) {
		return findId("SELECT id FROM " + table + " WHERE " + parentColumn + " = ? AND ordinal = ?", parentId,
				code.ordinal())
			.orElseGet(() -> insert(
					"INSERT INTO " + table + " (" + parentColumn + ", ordinal, code, name) VALUES (?, ?, ?, ?)", parentId,
					code.ordinal(), code.code(), code.name()));
	}

	private long itemId(long subcategoryId, int itemNo) {
		return findId("SELECT id FROM item WHERE subcategory_id = ? AND item_no = ?", subcategoryId, itemNo)
			.orElseGet(() -> insert("INSERT INTO item (subcategory_id, item_no) VALUES (?, ?)", subcategoryId, itemNo));
	}

	private long insertVersion(long itemId, long submissionId, SurveyItem item) {
		long leadId = departmentId(item.leadDepartment());
		return insert("""
				INSERT INTO item_version (item_id, submission_id, sheet_name, name, lead_department_id, departments,
				                          kpi_name, kpi_unit)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""", itemId, submissionId, item.sheet(), item.name(), leadId, String.join("\n", item.departments()),
				item.kpiName(), item.kpiUnit());
	}

	private void insertValues(long versionId, List<SourcedValue> values) {
		template.batchUpdate("""
				INSERT INTO item_value (item_version_id, field, fiscal_year, num_value, text_value, unit, comparator,
				                        approximate, raw_text, sheet_name, cell_ref)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", values.stream()
			.map(v -> new Object[] { versionId, v.field().key(), v.fiscalYear(), v.number(), v.text(), v.unit(),
					v.comparator(), v.approximate(), v.raw(), v.sheet(), v.cell() })
			.toList());
	}

	private void insertFindings(long submissionId, List<Finding> findings) {
		template.batchUpdate("""
				INSERT INTO finding (submission_id, severity, sheet_name, cell_ref, message, expected)
				VALUES (?, ?, ?, ?, ?, ?)
				""", findings.stream()
			.map(f -> new Object[] { submissionId, f.severity().name(), f.sheet(), f.cell(), f.message(), f.expected() })
			.toList());
	}

	private Optional<Long> findId(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).optional();
	}

	private long insert(String sql, Object... params) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(sql).params(params).update(keys, "id");
		return keys.getKey().longValue();
	}

}
