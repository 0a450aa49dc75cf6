package jp.reform.survey.batch;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The survey store's content in comparable form: every row of every survey table, with surrogate
 * ids replaced by what they stand for (file fingerprint, plan / category / item codes, department
 * names) and bookkeeping that differs between two runs of the same data (when registered or
 * loaded, which job execution) left out. Two stores holding the same submissions compare equal.
 */
record StoreSnapshot(List<String> submissions, List<String> versions, List<String> values, List<String> findings,
		List<String> current, List<String> names) {

	private static final String ITEM_KEY = """
			CONCAT(p.name, '|', c.code, '|', sc.code, '|', i.item_no)""";

	private static final String ITEM_JOINS = """
			JOIN item i ON i.id = iv.item_id JOIN subcategory sc ON sc.id = i.subcategory_id
			JOIN category c ON c.id = sc.category_id JOIN plan p ON p.id = c.plan_id""";

	static StoreSnapshot of(String url, String user, String password) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			return new StoreSnapshot(rows(connection, """
					SELECT s.file_name, s.fingerprint, s.file_size, s.file_modified_at, s.submitted_at, s.submitted_from,
					       p.name, d.name, s.plan_first_year, s.plan_last_year, s.report_year, s.status, s.item_count
					FROM submission s LEFT JOIN plan p ON p.id = s.plan_id LEFT JOIN department d ON d.id = s.department_id
					"""), rows(connection, "SELECT " + ITEM_KEY + """
					, s.fingerprint, iv.sheet_name, iv.name, d.name, iv.departments, iv.kpi_name, iv.kpi_unit
					FROM item_version iv JOIN submission s ON s.id = iv.submission_id
					JOIN department d ON d.id = iv.lead_department_id
					""" + ITEM_JOINS), rows(connection, "SELECT " + ITEM_KEY + """
					, s.fingerprint, v.field, v.fiscal_year, v.num_value, v.text_value, v.unit, v.comparator, v.approximate,
					  v.raw_text, v.sheet_name, v.cell_ref
					FROM item_value v JOIN item_version iv ON iv.id = v.item_version_id
					JOIN submission s ON s.id = iv.submission_id
					""" + ITEM_JOINS), rows(connection, """
					SELECT s.fingerprint, f.severity, f.sheet_name, f.cell_ref, f.message, f.expected
					FROM finding f JOIN submission s ON s.id = f.submission_id
					"""), rows(connection, "SELECT " + ITEM_KEY + """
					, s.fingerprint FROM current_item_version iv JOIN submission s ON s.id = iv.submission_id
					""" + ITEM_JOINS), rows(connection, """
					SELECT 'plan', name, name_key, NULL FROM plan
					UNION ALL SELECT 'department', name, name_key, NULL FROM department
					UNION ALL SELECT 'category', CONCAT(p.name, '|', c.code), c.name, c.ordinal
					  FROM category c JOIN plan p ON p.id = c.plan_id
					UNION ALL SELECT 'subcategory', CONCAT(p.name, '|', c.code, '|', sc.code), sc.name, sc.ordinal
					  FROM subcategory sc JOIN category c ON c.id = sc.category_id JOIN plan p ON p.id = c.plan_id
					"""));
		}
	}

	int rowCount() {
		return submissions.size() + versions.size() + values.size() + findings.size() + current.size() + names.size();
	}

	/** Every row as text, sorted: the order rows were inserted in is not content. */
	private static List<String> rows(Connection connection, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			ResultSetMetaData meta = rs.getMetaData();
			while (rs.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					Object value = rs.getObject(i);
					row.append(i == 1 ? "" : " | ").append(text(value));
				}
				rows.add(row.toString());
			}
		}
		rows.sort(null);
		return rows;
	}

	private static String text(Object value) {
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Boolean flag) {
			return flag ? "1" : "0";
		}
		return String.valueOf(value);
	}

}
