package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.fixture.AnnakaPlan;
import jp.reform.survey.fixture.LayoutInboxes;
import jp.reform.survey.fixture.OgoriPlan;
import jp.reform.survey.report.ReportWriter;
import jp.reform.survey.report.SheetColumns;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * consolidated.xlsx of the two other real layouts: Ogori's plan alone (its 達成度, result texts, stated plan →
 * actual figures and later plans; no money, no 実施 columns, no 推進項目の一覧), then Ogori's and Annaka's in one
 * run (Annaka's 数値目標 per year, awaiting results). No column is blank or only 「－」. Printed by LibreOffice,
 * the PDFs and a few pages as PNG stay in target/artifacts.
 */
@SpringBootTest(properties = { "reform.job.run-on-startup=false",
		"spring.datasource.url=jdbc:h2:mem:layout-workbooks;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@Import(ConsolidationRuns.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtherLayoutsWorkbookTests {

	private static final Path ARTIFACTS = Path.of("target", "artifacts");

	private static final OgoriPlan OGORI = OgoriPlan.load();

	/** The sheets written as a list of columns (the 管理表 are laid out as published). */
	private static final List<String> TABLES = List.of("実施項目一覧", "実施項目の記述", "所管課別", "成果指標推移", "見直し候補");

	@Autowired
	ConsolidationRuns runs;

	@TempDir
	static Path work;

	private Workbook ogori;

	private Workbook both;

	@BeforeAll
	void runOgoriThenBothPlans() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		LayoutInboxes.writeOgori(inbox);
		assertThat(runs.run(inbox, work.resolve("ogori")).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		LayoutInboxes.writeAnnaka(inbox);
		assertThat(runs.run(inbox, work.resolve("both")).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		ogori = open(work.resolve("ogori"));
		both = open(work.resolve("both"));
	}

	@AfterAll
	void close() throws IOException {
		ogori.close();
		both.close();
	}

	@Test
	void ogorisSheetsShowItsAchievementTextsAndStatedFiguresButNoMoneyOrStatus() {
		assertThat(names(ogori)).doesNotContain("推進項目の一覧", "成果指標推移").contains("実施項目一覧", "所管課別", "管理表_Ⅰ");
		SheetColumns items = SheetColumns.of(ogori.getSheet("実施項目一覧"));
		assertThat(items.headers()).noneMatch(h -> h.contains("効果") || h.contains("進捗") || h.contains("実施スケジュール"))
			.contains("達成率（%）", "実施内容・実績", "計画概要", "文中の計画値", "文中の実績値");
		assertThat(items.texts("大分類")).containsOnly("Ⅰ 実施項目");

		// No.5 in 令和4年度: 達成度 70, both plan → actual pairs of its sentence, the sentence itself
		Row five = row(items, OGORI.cards().get(4).name(), "令和4年度");
		assertThat(items.cell(five, "達成率（%）").getNumericCellValue()).isEqualTo(70);
		assertThat(items.text(five, "文中の計画値")).contains("700品", "800,000千円");
		assertThat(items.text(five, "文中の実績値")).contains("831品", "559,000千円");
		assertThat(items.text(five, "実施内容・実績")).contains("返礼品数700品との計画に対し");
		assertThat(items.text(row(items, OGORI.cards().get(4).name(), "令和5年度"), "計画概要")).isNotBlank();
		// No.2: one plan, two actuals
		Row two = row(items, OGORI.cards().get(1).name(), "令和4年度");
		assertThat(items.text(two, "文中の計画値")).isEqualTo("1,800千円");
		assertThat(items.text(two, "文中の実績値")).isEqualTo("約17,000千円、約3,600千円");
		// No.16 left its 達成度 blank
		Cell sixteen = items.cell(row(items, OGORI.cards().get(15).name(), "令和4年度"), "達成率（%）");
		assertThat(sixteen == null || sixteen.getCellType() == CellType.BLANK).isTrue();

		// the texts of each card: 目標 and 現状・課題 as written
		SheetColumns texts = SheetColumns.of(ogori.getSheet("実施項目の記述"));
		assertThat(texts.headers()).contains("目標", "現状と課題").doesNotContain("取組内容", "成果指標");
		Row card = texts.rowWith("実施項目", OGORI.cards().get(4).name());
		assertThat(texts.text(card, "目標")).startsWith(OGORI.cards().get(4).goal().lines().findFirst().orElseThrow());
		assertThat(texts.text(card, "現状と課題")).startsWith(OGORI.cards().get(4).current().lines().findFirst().orElseThrow());

		SheetColumns departments = SheetColumns.of(ogori.getSheet("所管課別"));
		assertThat(departments.headers()).doesNotContain("実施済み", "未実施", "効果目標額（千円）", "効果額（千円）", "達成率（%）")
			.contains("所管課", "担当項目数", "達成度の平均（%）");
		// 財政課 sent the one workbook for every department; 商工観光課 leads No.5 (達成度 70) alone
		assertThat(departments.text(departments.rowWith("所管課", "商工観光課"), "提出状況")).isEqualTo("● 提出済（財政課がまとめて提出）");
		assertThat(departments.cell(departments.rowWith("所管課", "商工観光課"), "達成度の平均（%）").getNumericCellValue())
			.isEqualTo(70);

		Sheet management = ogori.getSheet("管理表_Ⅰ");
		List<String> header = new ArrayList<>();
		for (Row row : management) {
			if (row.getCell(0) != null && "No.".equals(row.getCell(0).toString())) {
				row.forEach(c -> header.add(c.getStringCellValue().replace("\n", "")));
				break;
			}
		}
		assertThat(header).contains("実施項目", "年度", "達成率（%）", "実施内容・実績", "計画概要")
			.noneMatch(h -> h.contains("進捗") || h.contains("実施スケジュール") || h.contains("成果") || h.contains("実施内容（"));
		// no 目標 block above the table: each card states its own 目標 (in 実施項目の記述)
		for (Row row : management) {
			assertThat(row.getCell(0) == null ? "" : row.getCell(0).toString()).isNotEqualTo("目標");
		}
		assertThat(years(management)).as("the years with values: R4 results, R5 and R6 plans").containsOnly("令和4年度",
				"令和5年度", "令和6年度");
	}

	@Test
	void annakasTargetsPerYearAwaitResults() {
		SheetColumns kpi = SheetColumns.of(both.getSheet("成果指標推移"));
		assertThat(kpi.headers()).contains("令和7年度/目標", "令和11年度/目標").noneMatch(h -> h.endsWith("/実績"));
		Row women = kpi.rowWith("実施項目", "女性管理職の登用促進");
		assertThat(kpi.text(women, "令和7年度/目標")).isEqualTo("管理職に占める女性の割合22%");
		assertThat(kpi.text(women, "令和11年度/目標")).isEqualTo("管理職に占める女性の割合30%");
		Row exchange = kpi.rowWith("実施項目", "職員の外部派遣等の推進・外部人材の積極的受入れと登用");
		assertThat(kpi.text(exchange, "令和9年度/目標")).isEqualTo("人事交流1名以上");

		SheetColumns items = SheetColumns.of(both.getSheet("実施項目一覧"));
		assertThat(items.headers()).contains("計画名", "数値目標", "計画概要", "達成率（%）")
			.noneMatch(h -> h.contains("効果") || h.contains("成果状況"));
		assertThat(items.text(row(items, "女性管理職の登用促進", "令和7年度"), "数値目標")).isEqualTo("管理職に占める女性の割合22%");
		assertThat(items.texts("計画名")).contains(OGORI.name(), AnnakaPlan.load().name());
	}

	@Test
	void noColumnIsBlankOrOnlyDashes() {
		for (Workbook workbook : List.of(ogori, both)) {
			for (String name : TABLES) {
				Sheet sheet = workbook.getSheet(name);
				if (sheet == null) {
					continue;
				}
				SheetColumns table = SheetColumns.of(sheet);
				for (String header : table.headers()) {
					boolean filled = table.rows().stream().map(r -> table.cell(r, header)).anyMatch(c -> c != null
							&& (c.getCellType() == CellType.NUMERIC || c.getCellType() == CellType.STRING
									&& !c.getStringCellValue().isBlank() && !c.getStringCellValue().strip().equals("－")));
					assertThat(filled).as("%s「%s」 has a value", name, header).isTrue();
				}
			}
		}
	}

	@Test
	void printsReadablyWithoutOverflowingFigures() throws Exception {
		Path copies = Files.createDirectories(work.resolve("print"));
		Path ogoriCopy = Files.copy(work.resolve("ogori").resolve(ReportWriter.WORKBOOK),
				copies.resolve("consolidated-ogori.xlsx"), StandardCopyOption.REPLACE_EXISTING);
		Path bothCopy = Files.copy(work.resolve("both").resolve(ReportWriter.WORKBOOK),
				copies.resolve("consolidated-ogori-annaka.xlsx"), StandardCopyOption.REPLACE_EXISTING);
		Files.createDirectories(ARTIFACTS);
		List<Path> pdfs = LibreOffice.toPdf(ARTIFACTS, List.of(ogoriCopy, bothCopy));
		for (Path pdf : pdfs) {
			int pages = Poppler.pages(pdf);
			for (int page = 1; page <= pages; page++) {
				assertThat(Poppler.text(pdf, page)).as("%s page %d", pdf.getFileName(), page).doesNotContain("###");
			}
		}
		assertThat(Poppler.text(pdfs.get(0), 1)).contains("実施項目一覧", "達成率", OGORI.cards().get(0).name());
		Poppler.renderPages(pdfs.get(0), 1, 3, ARTIFACTS.resolve("consolidated-ogori-page"));
		Poppler.renderPages(pdfs.get(1), 1, 2, ARTIFACTS.resolve("consolidated-ogori-annaka-page"));
	}

	private static Row row(SheetColumns items, String itemName, String year) {
		return items.rows()
			.stream()
			.filter(r -> items.text(r, "実施項目").equals(itemName) && items.text(r, "年度").equals(year))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + itemName + " " + year));
	}

	/** The 年度 cells of a 管理表's item rows. */
	private static List<String> years(Sheet management) {
		List<String> years = new ArrayList<>();
		for (Row row : management) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().matches("令和.+年度")) {
					years.add(cell.getStringCellValue());
				}
			}
		}
		return years;
	}

	private static List<String> names(Workbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	private static Workbook open(Path output) throws IOException {
		try (InputStream in = Files.newInputStream(output.resolve(ReportWriter.WORKBOOK))) {
			return WorkbookFactory.create(in);
		}
	}

}
