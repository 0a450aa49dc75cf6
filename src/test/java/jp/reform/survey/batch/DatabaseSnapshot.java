package jp.reform.survey.batch;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Everything the store holds, by natural keys instead of generated ids (which depend on who
 * inserted first), as sorted text lines: two loads that decided the same things compare equal.
 */
record DatabaseSnapshot(List<String> plans, List<String> departments, List<String> categories, List<String> items,
		List<String> submissions, List<String> versions, List<String> values, List<String> findings,
		List<String> current) {

	private static final String ITEM_KEY = "CONCAT(p.name_key, '/', c.ordinal, '/', sc.ordinal, '/', i.item_no)";

	private static final String ITEM_JOINS = """
			JOIN item i ON i.id = iv.item_id JOIN subcategory sc ON sc.id = i.subcategory_id
			JOIN category c ON c.id = sc.category_id JOIN plan p ON p.id = c.plan_id
			JOIN submission s ON s.id = iv.submission_id
			""";

	static DatabaseSnapshot of(JdbcClient jdbc) {
		return new DatabaseSnapshot(lines(jdbc, "SELECT CONCAT(name_key, '=', name) FROM plan"),
				lines(jdbc, "SELECT CONCAT(name_key, '=', name) FROM department"),
				lines(jdbc, """
						SELECT CONCAT(p.name_key, '/', c.ordinal, ' ', c.code, ' ', c.name, ' / ', sc.ordinal, ' ', sc.code, ' ', sc.name)
						FROM subcategory sc JOIN category c ON c.id = sc.category_id JOIN plan p ON p.id = c.plan_id
						"""),
				lines(jdbc, """
						SELECT CONCAT(p.name_key, '/', c.ordinal, '/', sc.ordinal, '/', i.item_no) FROM item i
						JOIN subcategory sc ON sc.id = i.subcategory_id JOIN category c ON c.id = sc.category_id
						JOIN plan p ON p.id = c.plan_id
						"""),
				lines(jdbc, """
						SELECT CONCAT_WS('|', s.file_name, s.fingerprint, s.status, s.submitted_at, s.submitted_from,
						       p.name_key, d.name, s.plan_first_year, s.plan_last_year, s.report_year, s.item_count)
						FROM submission s LEFT JOIN plan p ON p.id = s.plan_id LEFT JOIN department d ON d.id = s.department_id
						"""),
				lines(jdbc, "SELECT CONCAT_WS('|', s.fingerprint, " + ITEM_KEY + ", iv.sheet_name, iv.name, d.name,"
						+ " iv.departments, iv.kpi_name, iv.kpi_unit) FROM item_version iv " + ITEM_JOINS
						+ " JOIN department d ON d.id = iv.lead_department_id"),
				lines(jdbc, "SELECT CONCAT_WS('|', s.fingerprint, " + ITEM_KEY + ", v.field, v.fiscal_year, v.num_value,"
						+ " v.text_value, v.unit, v.comparator, v.approximate, v.raw_text, v.sheet_name, v.cell_ref)"
						+ " FROM item_value v JOIN item_version iv ON iv.id = v.item_version_id " + ITEM_JOINS),
				// in storage order per submission: the order the summary lists them in
				jdbc.sql("""
						SELECT CONCAT_WS('|', s.fingerprint, f.severity, f.sheet_name, f.cell_ref, f.message, f.expected)
						FROM finding f JOIN submission s ON s.id = f.submission_id ORDER BY s.fingerprint, f.id
						""").query(String.class).list(),
				lines(jdbc, "SELECT CONCAT_WS('|', " + ITEM_KEY + ", s.fingerprint) FROM current_item_version cur"
						+ " JOIN item_version iv ON iv.id = cur.id " + ITEM_JOINS));
	}

	private static List<String> lines(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(String.class).list().stream().sorted().toList();
	}

}
