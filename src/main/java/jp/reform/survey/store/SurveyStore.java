package jp.reform.survey.store;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.reform.survey.normalize.CategoryCode;
import jp.reform.survey.survey.Field;
import jp.reform.survey.survey.Finding;
import jp.reform.survey.survey.Severity;
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
 */
@Repository
public class SurveyStore {

	/** How the submission's time was established, for the record. */
	public record Outcome(SubmissionStatus status, LocalDateTime submittedAt, String submittedFrom, String department) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final CrossSubmissionCheck crossCheck;

	public SurveyStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
		this.crossCheck = new CrossSubmissionCheck(jdbc);
	}

	@Transactional
	public void save(long submissionId, SurveyResult result, Outcome outcome) {
		List<Finding> findings = new ArrayList<>(result.findings());
		Long planId = null;
		for (SurveyItem item : result.items()) {
			planId = planId(item.planName());
			long categoryId = codeId("category", "plan_id", planId, item.category(), item, Field.CATEGORY, "大分類",
					findings);
			long subcategoryId = codeId("subcategory", "category_id", categoryId, item.subcategory(), item,
					Field.SUBCATEGORY, "中分類", findings);
			long itemId = itemId(subcategoryId, item.itemNo());
			long versionId = insertVersion(itemId, submissionId, item);
			insertValues(versionId, item.values());
			tellBothSides(crossCheck.check(itemId, submissionId, outcome.department(), item), findings);
		}
		if (planId == null && result.cover().planName() != null) {
			planId = planId(result.cover().planName());
		}
		Long departmentId = outcome.department() == null ? null : departmentId(outcome.department());
		insertFindings(submissionId, findings);
		SubmissionStatus status = withStoreWarnings(outcome.status(), findings);
		jdbc.sql("""
				UPDATE submission SET status = ?, submitted_at = ?, submitted_from = ?, plan_id = ?, department_id = ?,
				       plan_first_year = ?, plan_last_year = ?, report_year = ?, item_count = ?, loaded_at = ?,
				       form_survey_year = ?
				WHERE id = ?
				""")
			.params(status.name(), outcome.submittedAt(), outcome.submittedFrom(), planId, departmentId,
					result.cover().planFirstYear(), result.cover().planLastYear(), result.cover().reportYear(),
					result.items().size(), LocalDateTime.now(), result.form() == null ? null : result.form().surveyYear(),
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
		insertFindings(submissionId, List.of(reason));
		jdbc.sql("UPDATE submission SET status = ?, submitted_at = ?, submitted_from = ?, loaded_at = ?,"
				+ " form_survey_year = ? WHERE id = ?")
			.params(SubmissionStatus.REJECTED.name(), submittedAt, "file", LocalDateTime.now(), formSurveyYear,
					submissionId)
			.update();
	}

	private long planId(String name) {
		String key = NameKeys.of(name);
		return findId("SELECT id FROM plan WHERE name_key = ?", key)
			.orElseGet(() -> insert("INSERT INTO plan (name_key, name) VALUES (?, ?)", key, name.strip()));
	}

	private long departmentId(String name) {
		String key = NameKeys.of(name);
		return findId("SELECT id FROM department WHERE name_key = ?", key)
			.orElseGet(() -> insert("INSERT INTO department (name_key, name) VALUES (?, ?)", key, name.strip()));
	}

	/** The category of this code under its parent; a name differing from the plan's is reported at its cell. */
	private long codeId(String table, String parentColumn, long parentId, CategoryCode code, SurveyItem item,
			Field field, String label, List<Finding> findings) {
		Optional<Object[]> existing = jdbc
			.sql("SELECT id, name FROM " + table + " WHERE " + parentColumn + " = ? AND ordinal = ?")
			.params(parentId, code.ordinal())
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional();
		if (existing.isPresent()) {
			String known = (String) existing.get()[1];
			if (!NameKeys.of(known).equals(NameKeys.of(code.name()))) {
				String cell = item.values().stream().filter(v -> v.field() == field).map(SourcedValue::cell).findFirst()
					.orElse(null);
				findings.add(new Finding(Severity.WARNING, item.sheet(), cell, label + " " + code.code() + " の名称「"
						+ code.name() + "」が計画の名称「" + known + "」と異なります（計画の名称で集計します）", "「" + code.code() + " "
								+ known + "」"));
			}
			return (Long) existing.get()[0];
		}
		return insert("INSERT INTO " + table + " (" + parentColumn + ", ordinal, code, name) VALUES (?, ?, ?, ?)",
				parentId, code.ordinal(), code.code(), code.name());
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
