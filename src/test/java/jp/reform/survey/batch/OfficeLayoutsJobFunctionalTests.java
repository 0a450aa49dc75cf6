package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.reform.survey.browser.HeadlessChromium;
import jp.reform.survey.fixture.IizukaPlanDraft;
import jp.reform.survey.fixture.ListDraft;
import jp.reform.survey.fixture.OfficeProfiles;
import jp.reform.survey.fixture.ProseDraft;
import jp.reform.survey.fixture.YearsAcrossDraft;
import jp.reform.survey.fixture.draft.DraftWorkbook;
import jp.reform.survey.fixture.draft.DraftWriter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Layouts an office describes in its own profile folder ({@code reform.profiles}), through the whole job:
 * every value stored with its sheet and cell. Subclasses choose the database.
 */
@SpringBootTest(properties = "reform.job.run-on-startup=false")
@Import(ConsolidationRuns.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OfficeLayoutsJobFunctionalTests {

	/** The office's profile folder, written once for the Spring context that reads it at start. */
	private static final Path PROFILES = OfficeProfiles.folder();

	@Autowired
	ConsolidationRuns runs;

	@Autowired
	JdbcClient jdbc;

	private Path work;

	@DynamicPropertySource
	static void officeProfiles(DynamicPropertyRegistry registry) {
		registry.add("reform.profiles", PROFILES::toString);
	}

	/** One inbox with every shape, loaded by one run of the job. */
	@BeforeAll
	void run() throws Exception {
		work = Files.createTempDirectory("office-layouts");
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		for (DraftWorkbook workbook : YearsAcrossDraft.workbooks(LocalDateTime.of(2025, 5, 20, 9, 0))) {
			DraftWriter.write(workbook, inbox);
		}
		DraftWriter.write(ProseDraft.workbook(LocalDateTime.of(2025, 5, 21, 9, 0)), inbox);
		for (DraftWorkbook workbook : IizukaPlanDraft.workbooks(LocalDateTime.of(2025, 4, 30, 9, 0))) {
			DraftWriter.write(workbook, inbox);
		}
		for (DraftWorkbook workbook : ListDraft.workbooks(LocalDateTime.of(2025, 5, 22, 9, 0))) {
			DraftWriter.write(workbook, inbox);
		}

		JobExecution run = runs.run(inbox, work.resolve("out"));

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void yearsAcrossFormsLoadEveryValueAtItsCell() {
		assertThat(statuses()).containsEntry(YearsAcrossDraft.TAX, "LOADED")
			.containsEntry(YearsAcrossDraft.FINANCE, "LOADED")
			.containsEntry(YearsAcrossDraft.PERSONNEL, "LOADED_WITH_WARNINGS");
		assertThat(values(YearsAcrossDraft.PLAN, "市税の収納率向上", "effect_actual")).containsExactly(
				"2023 -200 ▲200 取組1!B13", "2024 -50 -50 取組1!C13");
		assertThat(values(YearsAcrossDraft.PLAN, "市税の収納率向上", "effect_target")).containsExactly(
				"2023 1000 1000 取組1!B12", "2024 1200 １，２００ 取組1!C12", "2025 1500 1500 取組1!D12");
		assertThat(values(YearsAcrossDraft.PLAN, "市税の収納率向上", "schedule")).containsExactly(
				"2023 実施 実施 取組1!B10", "2024 実施 実施 取組1!C10", "2025 実施 ↓ 取組1!D10");
		assertThat(values(YearsAcrossDraft.PLAN, "使用料の見直し", "year_label")).containsExactly(
				"2023 令和5年度 5 取組2!B9", "2024 令和6年度 6 取組2!D9", "2025 令和7年度 7 取組2!F9");
		assertThat(values(YearsAcrossDraft.PLAN, "事務事業の見直し", "effect_actual")).containsExactly(
				"2023 -1200 -1200 取組!B13", "2024 -300 △300 取組!C13");
		assertThat(values(YearsAcrossDraft.PLAN, "時間外勤務の縮減", "progress")).containsExactly(
				"2023 実施 実施 時間外勤務!B11", "2024 実施 実施 時間外勤務!C11");
		assertThat(warnings(YearsAcrossDraft.PERSONNEL))
			.containsExactly("A14 行の見出し「担当者メモ」は様式定義（yearTable.rows）にないため、この行の値は読み込んでいません");
	}

	/** 一覧表形式: every row an item of the plan with its figures at their cells, the 合計 rows none. */
	@Test
	void listsLoadOneItemPerRow() {
		assertThat(statuses()).containsEntry(ListDraft.FINANCE, "LOADED").containsEntry(ListDraft.TAX, "LOADED")
			.containsEntry(ListDraft.PERSONNEL, "LOADED");
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM current_item_version cur JOIN item i ON i.id = cur.item_id
				JOIN subcategory sc ON sc.id = i.subcategory_id JOIN category c ON c.id = sc.category_id
				JOIN plan p ON p.id = c.plan_id WHERE p.name = ?
				""").param(ListDraft.PLAN).query(Integer.class).single()).isEqualTo(7);
		assertThat(values(ListDraft.PLAN, "補助金の見直し", "effect_actual")).containsExactly("2023 -100 ▲100 財政課!F6",
				"2024 300 300 財政課!H6");
		assertThat(values(ListDraft.PLAN, "市税収納率の向上", "effect_target")).containsExactly(
				"2023 1500 １，５００ 税務課!E5", "2024 1500 1500 税務課!G5", "2025 1500 1500 税務課!I5");
		assertThat(values(ListDraft.PLAN, "滞納整理の強化", "effect_actual")).containsExactly("2023 -50 -50 税務課!F6",
				"2024 320 320 税務課!H6");
		assertThat(values(ListDraft.PLAN, "職員定数の適正化", "effect_actual")).containsExactly(
				"2023 4800 4800000 人事課!F6", "2024 5200 5200000 人事課!H6");
		assertThat(values(ListDraft.PLAN, "公共施設使用料の適正化", "departments"))
			.containsExactly("null 財政課\n施設管理課 財政課、施設管理課 財政課!C7");
	}

	@Test
	void proseUnderItsHeadingIsStoredAtItsCell() {
		assertThat(statuses()).containsEntry(ProseDraft.FILE, "LOADED");
		assertThat(values(ProseDraft.PLAN, "窓口のオンライン化", "current_state"))
			.containsExactly("null " + ProseDraft.CURRENT + " " + ProseDraft.CURRENT + " 取組1!A7");
		assertThat(values(ProseDraft.PLAN, "窓口のオンライン化", "activities"))
			.containsExactly("null " + ProseDraft.ACTIVITIES + " " + ProseDraft.ACTIVITIES + " 取組1!A11");
	}

	/** Iizuka's plan cards in the shipped profile: the overview texts, the KPI kept as text, every activity × year. */
	@Test
	void iizukasPlanCardsAreStoredWithEveryActivityAndYear() {
		assertThat(statuses()).containsEntry(IizukaPlanDraft.TABLET_FILE, "LOADED_WITH_WARNINGS")
			.containsEntry(IizukaPlanDraft.TALENT_FILE, "LOADED");
		assertThat(warnings(IizukaPlanDraft.TABLET_FILE))
			.containsExactly("B10 目標値（KPI）が未定です（「〇」のままです）: タブレット端末数：〇台 (1課に〇台程度)");
		String tablet = IizukaPlanDraft.TABLET;
		assertThat(values(IizukaPlanDraft.PLAN, tablet, "kpi_goal"))
			.containsExactly("null タブレット端末数：〇台 (1課に〇台程度) タブレット端末数：〇台 (1課に〇台程度) 取組1!B10");
		assertThat(values(IizukaPlanDraft.PLAN, tablet, "related_departments"))
			.containsExactly("null 業務改善・DX推進課 業務改善・DX推進課 取組1!B8");
		assertThat(values(IizukaPlanDraft.PLAN, tablet, "reference_cases"))
			.containsExactly("null 飯塚市では企業局（水道課、下水道課）で実用化済み 飯塚市では企業局（水道課、下水道課）で実用化済み 取組1!B11");
		assertThat(lines(tablet, "activity")).containsExactly("1 null 対象業務の選定 A14", "2 null 機種選定、見積もり、予算化 A16",
				"3 null 試行⇒検証 A18", "4 null 検証結果を踏まえた導入 A20");
		assertThat(lines(tablet, "activity_plan")).hasSize(8)
			.contains("1 2024 対象業務の選定 (試行分) B14", "3 2025 試行及び検証 C18", "4 2026 本格実施及び検証 D20");
		assertThat(lines(tablet, "activity_result")).containsExactly(
				"1 2024 " + IizukaPlanDraft.TABLET_R6_STATUS[0] + " B15", "2 2024 " + IizukaPlanDraft.TABLET_R6_STATUS[1] + " B17");
		assertThat(lines(IizukaPlanDraft.TALENT, "activity_result")).containsExactly(
				"1 2024 " + IizukaPlanDraft.TALENT_ACTIVITIES[0][2] + " C15",
				"2 2024 " + IizukaPlanDraft.TALENT_ACTIVITIES[1][2] + " C16");
	}

	/** item_values.csv names the activity of each activity × year value, and the activity rows themselves. */
	@Test
	void itemValuesCsvNamesEachValuesActivity() throws Exception {
		List<Map<String, String>> tablet = ItemValuesCsv.of(work.resolve("out")).rows().stream()
			.filter(r -> r.get("item_name").equals(IizukaPlanDraft.TABLET)).toList();
		assertThat(tablet).filteredOn(r -> r.get("field").equals("activity_plan") && r.get("fiscal_year").equals("2025"))
			.extracting(r -> r.get("activity") + " " + r.get("text") + " " + r.get("cell"))
			.contains("試行⇒検証 試行及び検証 C18");
		assertThat(tablet).filteredOn(r -> r.get("field").equals("activity")).extracting(r -> r.get("activity"))
			.containsExactly("対象業務の選定", "機種選定、見積もり、予算化", "試行⇒検証", "検証結果を踏まえた導入");
		assertThat(tablet).filteredOn(r -> r.get("field").equals("related_departments"))
			.extracting(r -> r.get("activity")).containsExactly("");
	}

	/** The plan's page shows each card's texts and its activities × years, 実施状況 under the plans. */
	@Test
	void iizukasPlanPageShowsEveryActivityPerYear() throws Exception {
		Path page;
		try (var pages = Files.list(work.resolve("out").resolve("plans"))) {
			page = pages.filter(p -> p.getFileName().toString().contains("行政経営戦略推進プラン") && p.toString().endsWith(".html")).findFirst().orElseThrow();
		}
		Document html = Jsoup.parse(page.toFile(), "UTF-8");
		Element tablet = html.select("tr.detail").stream()
			.filter(d -> d.text().contains("現地確認等が必要な業務において"))
			.findFirst()
			.orElseThrow();
		assertThat(tablet.select("dl.texts dt").eachText()).contains("取組方針", "関係課", "目標", "目標値（KPI）", "参考事例");
		assertThat(tablet.select("dl.texts dd").eachText()).contains("業務改善・DX推進課", "タブレット端末数：〇台 (1課に〇台程度)",
				"飯塚市では企業局（水道課、下水道課）で実用化済み");
		Element activities = tablet.selectFirst("table.activities");
		assertThat(activities.select("thead th").eachText()).containsExactly("取り組みの項目", "令和6年度", "令和7年度", "令和8年度");
		assertThat(activities.select("tbody tr").eachText()).containsExactly(
				"対象業務の選定 対象業務の選定 (試行分) 対象業務の選定 (本格実施分) 対象業務の見直し",
				"実施状況 " + IizukaPlanDraft.TABLET_R6_STATUS[0] + " － －",
				"機種選定、見積もり、予算化 試行分の機種選定と予算化 試行結果を踏まえた機種選定と予算化 機種選定と予算化",
				"実施状況 " + IizukaPlanDraft.TABLET_R6_STATUS[1] + " － －", "試行⇒検証 － 試行及び検証 －",
				"検証結果を踏まえた導入 － － 本格実施及び検証");
		Element first = activities.selectFirst("tbody td span.v");
		assertThat(first.attr("data-sheet") + "!" + first.attr("data-cell")).isEqualTo("取組1!B14");
		try (HeadlessChromium browser = HeadlessChromium.start()) {
			browser.open(page);
			browser.script("document.querySelectorAll('tr.detail').forEach(d => d.hidden = false)");
			Path artifacts = Files.createDirectories(Path.of("target", "artifacts"));
			browser.screenshot(artifacts.resolve("iizuka-plan-activities.png"));
			assertThat(artifacts.resolve("iizuka-plan-activities.png")).isNotEmptyFile();
		}
	}

	/** "line year text cell" of an Iizuka item's values of one field, by line and year. */
	List<String> lines(String item, String field) {
		return jdbc.sql(CURRENT.replace("ORDER BY v.fiscal_year, v.id", "ORDER BY v.line_no, v.fiscal_year, v.id")
			.replace("SELECT v.fiscal_year,", "SELECT v.line_no, v.fiscal_year,"))
			.params(IizukaPlanDraft.PLAN, item, field)
			.query((rs, n) -> rs.getObject(1) + " " + rs.getObject(2) + " " + rs.getString(4) + " " + rs.getString(7))
			.list();
	}

	@AfterAll
	void removeWork() throws IOException {
		org.springframework.util.FileSystemUtils.deleteRecursively(work);
	}

	/** "cell message" of a file's warnings. */
	List<String> warnings(String file) {
		return jdbc.sql("""
				SELECT f.cell_ref, f.message FROM finding f JOIN submission s ON s.id = f.submission_id
				WHERE s.file_name = ? AND f.severity = 'WARNING' ORDER BY f.id
				""").param(file).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list();
	}

	static final String CURRENT = """
			SELECT v.fiscal_year, v.num_value, v.text_value, v.raw_text, v.sheet_name, v.cell_ref
			FROM item_value v JOIN current_item_version cur ON cur.id = v.item_version_id
			JOIN item_version iv ON iv.id = cur.id JOIN item i ON i.id = iv.item_id
			JOIN subcategory sc ON sc.id = i.subcategory_id JOIN category c ON c.id = sc.category_id
			JOIN plan p ON p.id = c.plan_id WHERE p.name = ? AND iv.name = ? AND v.field = ?
			ORDER BY v.fiscal_year, v.id
			""";

	/** "year value raw sheet!cell" of each stored value of one field of one item. */
	List<String> values(String plan, String item, String field) {
		return jdbc.sql(CURRENT).params(plan, item, field).query((rs, n) -> {
			java.math.BigDecimal number = rs.getBigDecimal(2);
			String value = number != null ? number.stripTrailingZeros().toPlainString() : rs.getString(3);
			return rs.getObject(1) + " " + value + " " + rs.getString(4) + " " + rs.getString(5) + "!" + rs.getString(6);
		}).list();
	}

	Map<String, String> statuses() {
		Map<String, String> statuses = new HashMap<>();
		jdbc.sql("SELECT file_name, status FROM submission").query((rs, n) -> statuses.put(rs.getString(1), rs.getString(2)))
			.list();
		return statuses;
	}

}
