package jp.reform.survey.batch;

import static jp.reform.survey.fixture.WorkbookEdits.cell;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.reform.survey.fixture.HostileFiles;
import jp.reform.survey.fixture.WorkbookEdits;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What goes back to the departments after one run: the status of every file, the checks that
 * need the other submissions (the same item sent by two departments with different values, a
 * category name differing from the plan's), each department's page and its marked-up copy, and
 * the summary linking them.
 * <p>
 * Inbox: 税務課 (clean), 総合政策課 re-sending 税務課's two items with another 令和5年度 効果額
 * for Ⅲ-②-7, 財産活用課 with an unreadable amount (Ⅱ-③-1!E15), a disagreeing 達成率
 * (Ⅲ-①-1!H14) and another 大分類 name (Ⅲ-①-1!B4), and an empty file. Files load in name order,
 * so 税務課 names the category and holds Ⅲ-②-7 first.
 */
@SpringBootTest(properties = { "reform.job.run-on-startup=false", "reform.intake.settle=0s",
		"spring.datasource.url=jdbc:h2:mem:feedback;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
				+ "DB_CLOSE_DELAY=-1" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(ConsolidationRuns.class)
class FeedbackFunctionalTests {

	static final String TAX = "R5実施報告_税務課.xlsx";

	static final String POLICY = "R5実施報告_総合政策課_重複.xlsx";

	static final String ASSETS = "R5実施報告_財産活用課.xlsx";

	static final String EMPTY = "空のファイル.xlsx";

	static final String BULK = "R5実施報告_業務改善・DX推進課.xlsx";

	static final String WATER = "R5実施報告_上水道課.xlsx";

	@Autowired
	ConsolidationRuns runs;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	static Path work;

	Path output;

	String assetsFingerprint;

	JobExecution execution;

	@BeforeAll
	void run() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		HostileFiles.goodWorkbook(inbox, "税務課", LocalDate.of(2024, 5, 10));
		Path policy = HostileFiles.goodWorkbook(Files.createDirectories(work.resolve("scratch")), "税務課",
				LocalDate.of(2024, 5, 11));
		WorkbookEdits.edit(policy, wb -> {
			cell(wb, "表紙", "C6").setCellValue("総合政策課");
			cell(wb, "Ⅲ-②-7", "E18").setCellValue(60000);
		});
		Files.move(policy, inbox.resolve(POLICY));
		Path assets = HostileFiles.goodWorkbook(inbox, "財産活用課", LocalDate.of(2024, 5, 12));
		WorkbookEdits.edit(assets, wb -> {
			cell(wb, "Ⅱ-③-1", "E15").setCellValue("多数");
			cell(wb, "Ⅲ-①-1", "H14").setCellValue(150);
			cell(wb, "Ⅲ-①-1", "B4").setCellValue("Ⅲ 財政の健全化");
		});
		assetsFingerprint = sha256(assets);
		HostileFiles.empty(inbox);
		// A department that pasted bulk data beside its form: a finding to mark, but a workbook too big to copy.
		Path bulkData = HostileFiles.goodWorkbook(Files.createDirectories(work.resolve("scratch-bulk")), "業務改善・DX推進課",
				LocalDate.of(2024, 5, 13));
		java.util.Random random = new java.util.Random(7);
		WorkbookEdits.edit(bulkData, wb -> {
			cell(wb, "Ⅱ-④-2", "E15").setCellValue("多数");
			org.apache.poi.ss.usermodel.Sheet bulk = wb.createSheet("明細");
			for (int r = 0; r < 12_000; r++) {
				org.apache.poi.ss.usermodel.Row row = bulk.createRow(r);
				for (int c = 0; c < 8; c++) {
					row.createCell(c).setCellValue(Long.toString(random.nextLong(), 36));
				}
			}
		});
		assertThat(Files.size(bulkData)).as("bulk data makes the workbook large").isGreaterThan(1024 * 1024);
		Files.move(bulkData, inbox.resolve(BULK));
		// A department whose only item sheet has an error: nothing loads, but the file was read.
		Path water = HostileFiles.goodWorkbook(Files.createDirectories(work.resolve("scratch-water")), "上水道課",
				LocalDate.of(2024, 5, 14));
		WorkbookEdits.edit(water, wb -> cell(wb, "Ⅱ-⑤-4", "E15").setCellValue("多数"));
		Files.move(water, inbox.resolve(WATER));
		output = work.resolve("out");

		execution = runs.run(inbox, output);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(sha256(assets)).as("the original in the inbox is never touched").isEqualTo(assetsFingerprint);
	}

	@Test
	void everyFileIsRecordedAsLoadedLoadedWithWarningsPartiallyLoadedOrRejected() {
		Map<String, String> status = new LinkedHashMap<>();
		jdbc.sql("SELECT file_name, status FROM submission WHERE job_execution_id = ?")
			.param(execution.getId())
			.query((rs, n) -> status.put(rs.getString(1), rs.getString(2)))
			.list();
		assertThat(status).containsExactlyInAnyOrderEntriesOf(Map.of(TAX, "LOADED_WITH_WARNINGS", POLICY,
				"LOADED_WITH_WARNINGS", ASSETS, "PARTIALLY_LOADED", EMPTY, "REJECTED", BULK, "PARTIALLY_LOADED", WATER, "REJECTED"));
		assertThat(findings(EMPTY)).containsExactly("ERROR|null|null|ファイルが空です（0バイト）。保存に失敗した可能性があります。"
				+ "Excelで保存し直して再提出してください。");
	}

	@Test
	void theSameItemFromTwoDepartmentsWithDifferentValuesIsToldToBoth() {
		String item = "同じ実施項目（Ⅲ-②-No.7 固定資産税の課税客体の適切な把握）";
		// The 効果額 differs, and with it the 達成率 computed from it (=ROUND(E18/D18*100,2)).
		assertThat(findings(POLICY)).containsExactly(
				"WARNING|Ⅲ-②-7|E18|" + item + "を税務課も提出しており、令和5年度の効果額が異なります（この提出: 60000、税務課「" + TAX
						+ "」の Ⅲ-②-7!E18: 50205）",
				"WARNING|Ⅲ-②-7|H18|" + item + "を税務課も提出しており、令和5年度の達成率が異なります（この提出: 333.33、税務課「" + TAX
						+ "」の Ⅲ-②-7!H18: 278.92）");
		assertThat(findings(TAX)).containsExactly(
				"WARNING|Ⅲ-②-7|E18|" + item + "を総合政策課も提出しており、令和5年度の効果額が異なります（この提出: 50205、総合政策課の Ⅲ-②-7!E18: 60000）",
				"WARNING|Ⅲ-②-7|H18|" + item + "を総合政策課も提出しており、令和5年度の達成率が異なります（この提出: 278.92、総合政策課の Ⅲ-②-7!H18: 333.33）");
		assertThat(jdbc.sql("SELECT expected FROM finding WHERE message LIKE '%も提出しており%'").query(String.class).list())
			.containsOnly("両課で確認し、同じ値にしてください（集計には提出日の新しい方を使います）");
	}

	@Test
	void checksOfTheMarkedDepartmentAreAtTheirCells() {
		assertThat(findings(ASSETS)).contains(
				"ERROR|Ⅱ-③-1|E15|数値として読めません: 多数",
				"WARNING|Ⅲ-①-1|H14|達成率 150 が効果額÷効果目標額から求めた 200.16 と一致しません",
				"WARNING|Ⅲ-①-1|B4|大分類 Ⅲ の名称「財政の健全化」が計画の名称「持続可能で健全な財政基盤の確立」と異なります（計画の名称で集計します）");
	}

	@Test
	void eachDepartmentHasAPageListingItsFindings() throws Exception {
		Document page = Jsoup.parse(output.resolve("feedback/財産活用課.html").toFile(), "UTF-8");

		assertThat(page.title()).isEqualTo("財産活用課 への確認事項");
		assertThat(page.getElementById("verdict").text()).startsWith("エラーがあります（");
		assertThat(page.select("table.findings tr.finding-ERROR")).anySatisfy(row -> assertThat(cells(row))
			.containsSubsequence("エラー", "Ⅱ-③-1", "E15"));
		assertThat(page.select("table.findings tr.finding-WARNING")).anySatisfy(row -> assertThat(cells(row))
			.containsSubsequence("警告", "Ⅲ-①-1", "H14", "達成率 150 が効果額÷効果目標額から求めた 200.16 と一致しません"));

		Document tax = Jsoup.parse(output.resolve("feedback/税務課.html").toFile(), "UTF-8");
		assertThat(tax.select("td.message").text()).contains("総合政策課も提出しており");
		Document unknown = Jsoup.parse(output.resolve("feedback/所管課不明.html").toFile(), "UTF-8");
		assertThat(unknown.select("section.submission h2").text()).isEqualTo(EMPTY);
		assertThat(unknown.select("td.message").text()).contains("ファイルが空です");
	}

	@Test
	void theMarkedCopyHighlightsAndCommentsEveryOffendingCell() throws Exception {
		Document page = Jsoup.parse(output.resolve("feedback/財産活用課.html").toFile(), "UTF-8");
		Path copy = output.resolve("feedback").resolve(decode(page.selectFirst("a.copy-link").attr("href")));

		assertThat(copy.getFileName().toString()).endsWith(".xlsx");
		try (InputStream in = Files.newInputStream(copy); Workbook workbook = WorkbookFactory.create(in)) {
			assertThat(workbook.getSheetName(0)).isEqualTo("指摘一覧");
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(3).getStringCellValue()).isNotBlank();
			Cell amount = cellAt(workbook, "Ⅱ-③-1", "E15");
			assertThat(amount.getStringCellValue()).isEqualTo("多数");
			assertThat(amount.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
			assertThat(amount.getCellComment().getString().getString()).startsWith("エラー: 数値として読めません: 多数")
				.contains("期待される記入: 千円単位の金額（例: 1,234）");
			Cell rate = cellAt(workbook, "Ⅲ-①-1", "H14");
			assertThat(rate.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
			assertThat(rate.getCellComment().getString().getString()).contains("達成率 150");
			assertThat(cellAt(workbook, "Ⅲ-①-1", "B4").getCellComment().getString().getString()).contains("大分類 Ⅲ の名称");
			assertThat(cellAt(workbook, "Ⅲ-①-1", "D14").getCellComment()).as("a clean cell stays clean").isNull();
		}
	}

	@Test
	void aWorkbookReadButWithEveryItemHeldBackStillGetsItsMarkedCopy() throws Exception {
		Document page = Jsoup.parse(output.resolve("feedback/上水道課.html").toFile(), "UTF-8");

		assertThat(page.text()).doesNotContain("ファイルを読めなかった");
		Path copy = output.resolve("feedback").resolve(decode(page.selectFirst("a.copy-link").attr("href")));
		try (InputStream in = Files.newInputStream(copy); Workbook workbook = WorkbookFactory.create(in)) {
			assertThat(cellAt(workbook, "Ⅱ-⑤-4", "E15").getCellComment().getString().getString())
				.startsWith("エラー: 数値として読めません: 多数");
		}
		Document empty = Jsoup.parse(output.resolve("feedback/所管課不明.html").toFile(), "UTF-8");
		assertThat(empty.select("p.copy").text()).contains("ファイルを読めなかったため");
	}

	@Test
	void aWorkbookTooLargeToCopyGetsItsFindingsListedButNoMarkedCopy() throws Exception {
		Document page = Jsoup.parse(output.resolve("feedback/業務改善・DX推進課.html").toFile(), "UTF-8");

		assertThat(page.select("table.findings tr.finding-ERROR")).anySatisfy(row -> assertThat(cells(row))
			.containsSubsequence("エラー", "Ⅱ-④-2", "E15"));
		assertThat(page.select("a.copy-link")).isEmpty();
		assertThat(page.select("p.copy").text()).startsWith("ブックが大きい（").contains("写しは作りませんでした");
		assertThat(output.resolve("feedback/業務改善・DX推進課")).doesNotExist();
	}

	@Test
	void theSummaryLinksEveryDepartmentsFeedbackAndShowsWhoHasErrors() throws Exception {
		Document summary = Jsoup.parse(output.resolve("summary.html").toFile(), "UTF-8");
		Map<String, Element> rows = new LinkedHashMap<>();
		summary.select("table.feedback tbody tr").forEach(row -> rows.put(row.child(0).text(), row));

		// the page's one department order: the plan's departments as its items list them, then the others
		// (their files rejected) by name, the unnamed last
		assertThat(rows.keySet()).containsExactly("業務改善・DX推進課", "財産活用課", "税務課", "上水道課", "総合政策課", "所管課不明");
		assertThat(rows.get("財産活用課").hasClass("status-error")).isTrue();
		assertThat(rows.get("所管課不明").hasClass("status-error")).isTrue();
		assertThat(rows.get("税務課").hasClass("status-error")).isFalse();
		for (Element row : rows.values()) {
			String href = row.selectFirst("a").attr("href");
			assertThat(output.resolve(decode(href))).as(href).isRegularFile();
		}
	}

	private List<String> findings(String file) {
		return jdbc.sql("""
				SELECT CONCAT(f.severity, '|', COALESCE(f.sheet_name, 'null'), '|', COALESCE(f.cell_ref, 'null'), '|', f.message)
				FROM finding f JOIN submission s ON s.id = f.submission_id
				WHERE s.file_name = ? AND f.severity <> 'NOTE' AND s.job_execution_id = ? ORDER BY f.id
				""").params(file, execution.getId()).query(String.class).list();
	}

	private static List<String> cells(Element row) {
		return row.select("td").eachText();
	}

	private static Cell cellAt(Workbook workbook, String sheet, String a1) {
		CellReference ref = new CellReference(a1);
		return workbook.getSheet(sheet).getRow(ref.getRow()).getCell(ref.getCol());
	}

	private static String decode(String href) {
		return URLDecoder.decode(href, StandardCharsets.UTF_8);
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

}
