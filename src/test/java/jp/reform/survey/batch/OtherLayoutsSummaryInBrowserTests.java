package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jp.reform.survey.browser.HeadlessChromium;
import jp.reform.survey.fixture.LayoutInboxes;
import jp.reform.survey.fixture.OgoriPlan;
import jp.reform.survey.report.ReportWriter;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The summaries of the two other real layouts as a browser shows them: Ogori's plan speaks of 達成度, its
 * result texts and the plan → actual figures its sentences state; Annaka's of its 数値目標 per year, awaiting
 * results. Neither shows money or a 実施済み count it does not measure. Screenshots in target/artifacts.
 */
@SpringBootTest(properties = { "reform.job.run-on-startup=false",
		"spring.datasource.url=jdbc:h2:mem:layout-summaries;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@Import(ConsolidationRuns.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtherLayoutsSummaryInBrowserTests {

	private static final Path ARTIFACTS = Path.of("target", "artifacts");

	private static final OgoriPlan OGORI = OgoriPlan.load();

	@Autowired
	ConsolidationRuns runs;

	@TempDir
	static Path work;

	private HeadlessChromium browser;

	private Path out;

	/** One run over both plans, as a prefecture collecting towns of different layouts: each gets its own page. */
	@BeforeAll
	void runBothPlansAndStartBrowser() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		LayoutInboxes.writeOgori(inbox);
		LayoutInboxes.writeAnnaka(inbox);
		out = work.resolve("out");
		assertThat(runs.run(inbox, out).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		browser = HeadlessChromium.start();
		Files.createDirectories(ARTIFACTS);
	}

	private Path planPage(String namePart) throws Exception {
		try (var pages = Files.list(out.resolve(ReportWriter.PLANS))) {
			return pages.filter(p -> p.getFileName().toString().contains(namePart) && p.toString().endsWith(".html")).findFirst()
				.orElseThrow(() -> new AssertionError("no page for " + namePart));
		}
	}

	@AfterAll
	void stopBrowser() throws Exception {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void ogorisSummaryShowsItsAchievementResultsAndStatedFigures() throws Exception {
		browser.open(planPage("小郡市"));
		browser.screenshot(ARTIFACTS.resolve("summary-ogori.png"));

		String body = browser.driver().findElement(By.tagName("body")).getText();
		assertThat(body).doesNotContain("実施済み 0", "－ 千円");
		assertThat(browser.driver().findElements(By.id("headline-implemented"))).isEmpty();
		assertThat(browser.driver().findElements(By.id("headline-target"))).isEmpty();
		assertThat(browser.driver().findElements(By.cssSelector("table.summary"))).as("no 効果額 table").isEmpty();
		assertThat(text(By.id("out-of-scope"))).contains("対象外", "効果額", "実施状況");

		// the seed's R4 年度計画達成度: 15 entered, No.16 未記入; their average, half-up to two decimals
		List<BigDecimal> rates = OGORI.cards()
			.stream()
			.map(c -> c.rows().get(0).rate())
			.filter(r -> r != null && r.matches(".*[0-9].*"))
			.map(r -> new BigDecimal(r.replaceAll("[^0-9.]", "")))
			.toList();
		assertThat(rates).hasSize(15);
		BigDecimal average = rates.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(rates.size()), 2, RoundingMode.HALF_UP);
		assertThat(text(By.id("headline-achievement"))).isEqualTo(average.toPlainString() + " %");
		long full = rates.stream().filter(r -> r.compareTo(BigDecimal.valueOf(100)) >= 0).count();
		assertThat(text(By.cssSelector(".bands .band-full strong"))).isEqualTo(Long.toString(full));
		assertThat(text(By.cssSelector(".bands .band-missing strong"))).isEqualTo("1");

		WebElement five = resultRow(OGORI.cards().get(4).name());
		assertThat(five.findElement(By.cssSelector("td.achievement")).getText()).isEqualTo("70%");
		assertThat(five.findElement(By.cssSelector("td.pairs")).getText()).contains("700品 → 831品",
				"800,000千円 → 559,000千円");
		assertThat(five.findElement(By.cssSelector("td.prose")).getText()).contains("返礼品数700品との計画に対し");
		assertThat(five.findElement(By.cssSelector("td.plans")).getText()).contains("R5", "R6");
		WebElement two = resultRow(OGORI.cards().get(1).name());
		assertThat(two.findElement(By.cssSelector("td.pairs")).getText()).contains("1,800千円 → 約17,000千円、約3,600千円");
		WebElement sixteen = resultRow(OGORI.cards().get(15).name());
		assertThat(sixteen.findElement(By.cssSelector("td.achievement")).getText()).isEqualTo("未記入");

		// its 推進項目管理表 has the columns Ogori fills in, not a grid of the standard workbook's 「－」
		WebElement kanri = browser.driver().findElement(By.cssSelector("section.management table.kanri-items"));
		assertThat(kanri.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList())
			.containsExactly("No.", "所管課", "実施項目", "年度", "達成度", "実施内容・実績", "計画");
		assertThat(text(By.cssSelector("section.management"))).contains("返礼品数700品との計画に対し")
			.doesNotContain("実施スケジュール", "成果状況");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void annakasSummaryShowsItsTargetsPerYearAwaitingResults() throws Exception {
		browser.open(planPage("安中市"));
		browser.screenshot(ARTIFACTS.resolve("summary-annaka.png"));

		assertThat(browser.driver().findElements(By.id("headline-implemented"))).isEmpty();
		assertThat(browser.driver().findElements(By.id("headline-target"))).isEmpty();
		assertThat(text(By.id("headline-targets"))).endsWith("/ 33");
		assertThat(browser.driver().findElements(By.cssSelector("table.summary"))).isEmpty();

		List<String> women = cells("女性管理職の登用促進");
		assertThat(women).hasSize(5);
		assertThat(women.get(0)).contains("管理職に占める女性の割合22%", "実績待ち");
		assertThat(women.get(4)).contains("管理職に占める女性の割合30%");
		assertThat(cells("職員の外部派遣等の推進・外部人材の積極的受入れと登用").get(2)).contains("人事交流1名以上");
		assertThat(cells("行政改革大綱の職員への浸透").get(0)).contains("知っている91%", "内容も把握30%");
		assertThat(String.join(" ", browser.driver().findElements(By.cssSelector("table.targets-table td.target"))
			.stream().map(WebElement::getText).toList())).contains("公表時期8月まで");

		// both items the seed numbers 2(3)① are listed, the second under its own code
		List<String> names = browser.driver().findElements(By.cssSelector("table.items tr.item .item-name"))
			.stream().map(WebElement::getText).toList();
		assertThat(names).hasSize(33).contains("コンプライアンスの徹底", "職員研修の拡充");
		assertThat(browser.driver().findElements(By.cssSelector("table.items tr.item[data-code='2-③-1(2)']")))
			.hasSize(1);
		assertThat(browser.consoleErrors()).isEmpty();
	}

	private WebElement resultRow(String itemName) {
		return browser.driver().findElements(By.cssSelector("table.results-table tbody tr"))
			.stream()
			.filter(r -> r.findElement(By.cssSelector(".item-name")).getText().equals(itemName))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + itemName));
	}

	/** The year cells of an item's row in 数値目標と実績. */
	private List<String> cells(String itemName) {
		WebElement row = browser.driver().findElements(By.cssSelector("table.targets-table tbody tr[data-code]"))
			.stream()
			.filter(r -> r.findElement(By.cssSelector(".item-name")).getText().equals(itemName))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + itemName));
		return row.findElements(By.cssSelector("td.target")).stream().map(WebElement::getText).toList();
	}

	private String text(By by) {
		return browser.driver().findElement(by).getText();
	}

}
