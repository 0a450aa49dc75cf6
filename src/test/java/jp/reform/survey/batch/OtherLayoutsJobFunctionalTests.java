package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jp.reform.survey.fixture.LayoutInboxes;
import jp.reform.survey.fixture.AnnakaDraft;
import jp.reform.survey.fixture.OgoriDraft;
import jp.reform.survey.report.ReportWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two other real layouts through the whole pipeline: Ogori's card workbook and Annaka's per-department sheets
 * in one inbox, their values stored as the seeds print them. Subclasses choose the database.
 */
@SpringBootTest(properties = "reform.job.run-on-startup=false")
@Import(ConsolidationRuns.class)
abstract class OtherLayoutsJobFunctionalTests {

	private static final String OGORI = "小郡市行政経営行動計画";

	private static final String ANNAKA = "安中市第4次行政改革大綱実施計画";

	@Autowired
	ConsolidationRuns runs;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path work;

	@Test
	void ogoriAndAnnakaLoadWithTheValuesTheSeedsPrint() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		LayoutInboxes.writeOgori(inbox);
		LayoutInboxes.writeAnnaka(inbox);

		JobExecution run = runs.run(inbox, work.resolve("out"));

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(jdbc.sql("SELECT name FROM plan ORDER BY name").query(String.class).list()).containsExactly(ANNAKA, OGORI);
		assertThat(currentItems(OGORI)).isEqualTo(16);
		// both items the seed numbers 2(3)① load, as two items
		assertThat(currentItems(ANNAKA)).isEqualTo(33);
		assertThat(statuses()).containsEntry(OgoriDraft.FILE, "LOADED_WITH_WARNINGS")
			.containsEntry(AnnakaDraft.fileName("職員課"), "LOADED_WITH_WARNINGS")
			.containsEntry(AnnakaDraft.fileName("秘書課"), "LOADED");

		// Ogori No.5 ふるさと納税の推進: R4 年度計画達成度 70 %; 15 readable plan/result statements in the R4 prose
		// (the 「±5,100時間」 and 「10,93日」 ones are reported, not guessed)
		Map<String, Object> rate = value(OGORI, 5, "rate", 2022);
		assertThat((BigDecimal) rate.get("num_value")).isEqualByComparingTo("70");
		assertThat(rate).containsEntry("unit", "%").containsEntry("raw_text", "70%");
		assertThat(jdbc.sql(CURRENT + " AND p.name = ? AND v.field = 'stated_target'").param(OGORI).query().listOfRows())
			.hasSize(15);
		Map<String, Object> donations = jdbc
			.sql(CURRENT + " AND p.name = ? AND i.item_no = 5 AND v.field = 'stated_actual' AND v.unit = '千円'")
			.param(OGORI).query().singleRow();
		assertThat((BigDecimal) donations.get("num_value")).isEqualByComparingTo("559000");
		assertThat(donations).containsEntry("text_value", "寄附金額8億円との計画に対し、実績は5.59億円");

		// Annaka: 「管理職に占める女性の割合22.0％」 for 7 (= 令和7年度), 「人事交流 1名以上」
		Map<String, Object> women = annaka("女性管理職の登用促進", "kpi_target", 2025);
		assertThat((BigDecimal) women.get("num_value")).isEqualByComparingTo("22.0");
		assertThat(women).containsEntry("unit", "%").containsEntry("text_value", "管理職に占める女性の割合")
			.containsEntry("raw_text", "管理職に占\nめる女性の\n割合22.0％");
		assertThat(annaka("女性管理職の登用促進", "year_label", 2025)).containsEntry("raw_text", "7")
			.containsEntry("text_value", "令和7年度");
		Map<String, Object> exchange = annaka("職員の外部派遣等の推進・外部人材の積極的受入れと登用", "kpi_target", 2029);
		assertThat((BigDecimal) exchange.get("num_value")).isEqualByComparingTo("1");
		assertThat(exchange).containsEntry("comparator", "≥").containsEntry("unit", "名");

		List<String> csv = Files.readAllLines(work.resolve("out").resolve(ReportWriter.CSV), StandardCharsets.UTF_8);
		assertThat(csv).filteredOn(line -> line.startsWith(OGORI + ",Ⅰ,実施項目,①,実施項目,"))
			.extracting(line -> line.split(",")[5])
			.containsExactly("2022", "2023", "2024", "2025", "2026");
		assertThat(csv).anyMatch(line -> line.startsWith(ANNAKA + ",1,市民ニーズの把握と協働,①,市民ニーズに応じたわかりやすい情報の発信,2025,"));
	}

	private static final String CURRENT = """
			SELECT v.num_value, v.unit, v.comparator, v.text_value, v.raw_text, v.cell_ref
			FROM item_value v JOIN current_item_version cur ON cur.id = v.item_version_id
			JOIN item_version iv ON iv.id = cur.id JOIN item i ON i.id = iv.item_id
			JOIN subcategory sc ON sc.id = i.subcategory_id JOIN category c ON c.id = sc.category_id
			JOIN plan p ON p.id = c.plan_id WHERE 1 = 1
			""";

	private Map<String, Object> value(String plan, int itemNo, String field, int year) {
		return jdbc.sql(CURRENT + " AND p.name = ? AND i.item_no = ? AND v.field = ? AND v.fiscal_year = ?")
			.params(plan, itemNo, field, year).query().singleRow();
	}

	private Map<String, Object> annaka(String item, String field, int year) {
		return jdbc.sql(CURRENT + " AND p.name = ? AND iv.name = ? AND v.field = ? AND v.fiscal_year = ?")
			.params(ANNAKA, item, field, year).query().singleRow();
	}

	private int currentItems(String plan) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM current_item_version cur JOIN item i ON i.id = cur.item_id
				JOIN subcategory sc ON sc.id = i.subcategory_id JOIN category c ON c.id = sc.category_id
				JOIN plan p ON p.id = c.plan_id WHERE p.name = ?
				""").param(plan).query(Integer.class).single();
	}

	private Map<String, String> statuses() {
		Map<String, String> statuses = new java.util.HashMap<>();
		jdbc.sql("SELECT file_name, status FROM submission").query((rs, n) -> statuses.put(rs.getString(1), rs.getString(2)))
			.list();
		return statuses;
	}

}
