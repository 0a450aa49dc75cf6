package jp.reform.survey.store;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which forms went out; the newest per plan and department is the one expected back. */
@Repository
public class FormDistributionRepository {

	private final JdbcClient jdbc;

	public FormDistributionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(FormDistribution form) {
		jdbc.sql("""
				INSERT INTO form_distribution (plan_name, department, survey_year, form_version, file_name, generated_at)
				VALUES (?, ?, ?, ?, ?, ?)
				""")
			.params(form.planName(), form.department(), form.surveyYear(), form.formVersion(), form.fileName(),
					form.generatedAt())
			.update();
	}

	/** The survey year of the newest form sent to the department for the plan, if any was sent. */
	public Optional<Integer> latestSurveyYear(String planName, String department) {
		return jdbc.sql("""
				SELECT survey_year FROM form_distribution WHERE plan_name = ? AND department = ?
				ORDER BY generated_at DESC, id DESC
				""").params(planName, department).query(Integer.class).list().stream().findFirst();
	}

	/** The newest form per plan and department. */
	public List<FormDistribution> latest() {
		return jdbc.sql("""
				SELECT f.plan_name, f.department, f.survey_year, f.form_version, f.file_name, f.generated_at
				FROM form_distribution f
				WHERE NOT EXISTS (SELECT 1 FROM form_distribution g WHERE g.plan_name = f.plan_name
				    AND g.department = f.department AND (g.generated_at > f.generated_at
				        OR (g.generated_at = f.generated_at AND g.id > f.id)))
				ORDER BY f.plan_name, f.department
				""")
			.query((rs, n) -> new FormDistribution(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toLocalDateTime()))
			.list();
	}

	/** Generated forms that came back and were stored, with the survey year each declares. */
	public List<FormReturn> returns() {
		return jdbc.sql("""
				SELECT s.id, d.name, s.form_survey_year FROM submission s JOIN department d ON d.id = s.department_id
				WHERE s.form_survey_year IS NOT NULL
				""").query((rs, n) -> new FormReturn(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
	}

	public FormDistributions snapshot() {
		return new FormDistributions(latest(), returns());
	}

}
