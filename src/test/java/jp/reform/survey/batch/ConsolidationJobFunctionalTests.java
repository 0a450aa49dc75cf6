package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jp.reform.survey.fixture.SampleInbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole pipeline on the shipped sample (one workbook per lead department, generated from the
 * item data of Iizuka's published report): the real job, a real database, real files. Subclasses
 * choose the database.
 */
@SpringBootTest(properties = "reform.job.run-on-startup=false")
@Import(ConsolidationRuns.class)
abstract class ConsolidationJobFunctionalTests {

	@Autowired
	ConsolidationRuns runs;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path work;

	@Test
	void reproducesThePublishedTableAndARerunLoadsNothingNew() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		List<Path> workbooks = SampleInbox.write(inbox);
		int submissionsBefore = count("submission");

		JobExecution first = runs.run(inbox, work.resolve("out1"));

		assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(count("submission") - submissionsBefore).isEqualTo(workbooks.size());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE job_execution_id = ? AND status = 'LOADED'")
			.param(first.getId())
			.query(Integer.class)
			.single()).isEqualTo(workbooks.size());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM current_item_version").query(Integer.class).single()).isEqualTo(54);
		new PublishedTableAssertions().assertAll(work.resolve("out1"));

		int values = count("item_value");
		JobExecution second = runs.run(inbox, work.resolve("out2"));

		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(count("submission") - submissionsBefore).isEqualTo(workbooks.size());
		assertThat(count("item_value")).isEqualTo(values);
		assertThat(second.getExecutionContext().getInt(IntakeTasklet.UNCHANGED)).isEqualTo(workbooks.size());
		assertThat(OutputSnapshot.of(work.resolve("out2"))).isEqualTo(OutputSnapshot.of(work.resolve("out1")));
		assertThat(changes(work.resolve("out2"))).contains("前回の集計から変更はありません");
	}

	private static String changes(Path output) throws java.io.IOException {
		return org.jsoup.Jsoup.parse(output.resolve(jp.reform.survey.report.ReportWriter.SUMMARY).toFile(), "UTF-8")
			.getElementById("changes")
			.text();
	}

	@Test
	void everyStoredValueNamesItsFileSheetAndCell() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		SampleInbox.write(inbox);
		runs.run(inbox, work.resolve("out"));

		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM item_value v
				JOIN item_version iv ON iv.id = v.item_version_id JOIN submission s ON s.id = iv.submission_id
				WHERE s.file_name IS NULL OR v.sheet_name IS NULL OR v.cell_ref IS NULL OR v.cell_ref = ''
				""").query(Integer.class).single()).isZero();
		// 税務課 item Ⅲ-②-7 carries 効果額 50,205 千円 for 令和5年度 on row 18 of its sheet, column E.
		String source = jdbc.sql("""
				SELECT CONCAT(s.file_name, '|', v.sheet_name, '|', v.cell_ref) FROM item_value v
				JOIN item_version iv ON iv.id = v.item_version_id JOIN submission s ON s.id = iv.submission_id
				WHERE v.field = 'effect_actual' AND v.fiscal_year = 2023 AND v.num_value = 50205
				""").query(String.class).single();
		assertThat(source).isEqualTo("R5実施報告_税務課.xlsx|Ⅲ-②-7|E18");
	}

	/**
	 * item_values.csv holds one row per stored value of every current item, each with the file, sheet and cell
	 * the store has for it, the item's identity on every row, and the departments of an item typed on several
	 * lines all named.
	 */
	@Test
	void itemValuesCsvHasEveryStoredValueWithItsCell() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		SampleInbox.write(inbox);
		runs.run(inbox, work.resolve("out"));

		ItemValuesCsv csv = ItemValuesCsv.of(work.resolve("out"));

		assertThat(csv.header()).containsExactly("plan_name", "category_code", "category_name", "subcategory_code",
				"subcategory_name", "item_no", "item_name", "lead_department", "departments", "field", "field_label",
				"fiscal_year", "activity", "text", "number", "unit", "bound", "approximate", "raw_text", "file_name",
				"sheet_name", "cell");
		List<String> stored = jdbc.sql("""
				SELECT s.file_name, v.sheet_name, v.cell_ref, v.field, v.fiscal_year, v.num_value, v.text_value
				FROM item_value v JOIN current_item_version cur ON cur.id = v.item_version_id
				JOIN submission s ON s.id = cur.submission_id
				""").query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
				String.valueOf(rs.getObject(5)), rs.getBigDecimal(6) == null ? "" : rs.getBigDecimal(6).stripTrailingZeros()
					.toPlainString(), String.valueOf(rs.getString(7))))
			.list();
		assertThat(stored).hasSizeGreaterThan(1000);
		assertThat(csv.rows().stream().map(r -> String.join("|", r.get("file_name"), r.get("sheet_name"), r.get("cell"),
				r.get("field"), r.get("fiscal_year").isEmpty() ? "null" : r.get("fiscal_year"),
				r.get("number").isEmpty() ? "" : new java.math.BigDecimal(r.get("number")).stripTrailingZeros().toPlainString(),
				r.get("text").isEmpty() && !r.get("number").isEmpty() ? "null" : unneutralized(r.get("text")))).toList())
			.as("one row per stored value, with its cell").containsExactlyInAnyOrderElementsOf(stored);
		assertThat(csv.rows().stream().map(r -> r.get("category_code") + "-" + r.get("subcategory_code") + "-"
				+ r.get("item_no")).distinct()).hasSize(54);

		Map<String, String> effect = csv.rows().stream()
			.filter(r -> r.get("sheet_name").equals("Ⅲ-②-7") && r.get("field").equals("effect_actual")
					&& r.get("fiscal_year").equals("2023"))
			.findFirst().orElseThrow();
		assertThat(effect).containsEntry("plan_name", "第2次行財政改革後期実施計画")
			.containsEntry("category_code", "Ⅲ").containsEntry("subcategory_code", "②").containsEntry("item_no", "7")
			.containsEntry("lead_department", "税務課").containsEntry("field_label", "効果額")
			.containsEntry("number", "50205").containsEntry("approximate", "0").containsEntry("bound", "")
			.containsEntry("file_name", "R5実施報告_税務課.xlsx").containsEntry("cell", "E18");

		List<Map<String, String>> dx = csv.rows().stream()
			.filter(r -> r.get("category_code").equals("Ⅱ") && r.get("subcategory_code").equals("①")
					&& r.get("item_no").equals("1"))
			.toList();
		assertThat(dx).isNotEmpty().allSatisfy(r -> assertThat(r).containsEntry("lead_department", "業務改善・DX推進課")
			.containsEntry("departments", "業務改善・DX推進課、財産活用課、財政課"));
		assertThat(dx).filteredOn(r -> r.get("field").equals("departments")).singleElement()
			.satisfies(r -> assertThat(r).containsEntry("field_label", "所管課")
				.containsEntry("text", "業務改善・DX推進課\n財産活用課\n財政課"));
	}

	/** A text the CSV made inert for Excel (「-」 → 「'-」), as stored. */
	private static String unneutralized(String text) {
		return text.matches("(?s)'[=+\\-@\t\r].*") ? text.substring(1) : text;
	}

	int count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
	}

}
