package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jp.reform.survey.browser.HeadlessChromium;
import jp.reform.survey.fixture.Plan;
import jp.reform.survey.fixture.PublishedTable;
import jp.reform.survey.fixture.SurveyItem;
import jp.reform.survey.report.ReportWriter;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * summary.html as a council member's browser shows it (headless Chromium): the headline figures and every
 * cell of 推進項目の一覧 read from the rendered DOM, no request leaving the page, the item filters and the
 * source of a value working, and screenshots of the page and its print preview kept in target/artifacts.
 */
class SummaryInBrowserTests extends SampleOutputTests {

	private final PublishedTable published = PublishedTable.load();

	private final Plan plan = Plan.iizuka2023();

	private HeadlessChromium browser;

	private Path summary;

	@BeforeAll
	void startBrowser() throws IOException {
		browser = HeadlessChromium.start();
		summary = output.resolve(ReportWriter.SUMMARY);
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}

	@BeforeEach
	void openSummary() {
		browser.open(summary);
	}

	@Test
	void showsTheHeadlineFiguresAndThePublishedTable() {
		assertThat(text(By.cssSelector("h1"))).isEqualTo("第2次行財政改革後期実施計画");
		assertThat(text(By.id("report-year"))).isEqualTo("令和5年度実施報告");
		assertThat(text(By.id("run-time"))).matches("集計日時: \\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
		assertThat(text(By.id("headline-target"))).isEqualTo("1,852,000 千円");
		assertThat(text(By.id("headline-actual"))).isEqualTo("16,484,161 千円");
		assertThat(text(By.id("headline-rate"))).isEqualTo("890.07 %");
		assertThat(text(By.id("headline-implemented"))).isEqualTo("44 / 54（81.48 %）");

		for (PublishedTable.Row row : published.rows()) {
			String key = row.categoryCode() + row.subcategoryCode();
			assertThat(cells(key, "target")).as("target %s", key).containsExactlyElementsOf(amounts(row.targets(),
					row.targetTotal()));
			assertThat(cells(key, "actual")).as("actual %s", key).containsExactlyElementsOf(amounts(row.actuals(),
					row.actualTotal()));
			assertThat(counts(key)).as("planned / implemented %s", key)
				.containsExactly(Integer.toString(row.planned()), Integer.toString(row.implemented()));
		}
		assertThat(cells("total", "target")).containsExactlyElementsOf(amounts(published.total().targets(),
				published.total().targetTotal()));
		assertThat(cells("total", "actual")).containsExactlyElementsOf(amounts(published.total().actuals(),
				published.total().actualTotal()));
		List<String> rates = new ArrayList<>(published.achievementRates().stream().map(r -> r.setScale(2).toPlainString()).toList());
		rates.add(published.achievementRateTotal().setScale(2).toPlainString());
		assertThat(cells("rate", "rate")).containsExactlyElementsOf(rates);
		// 和暦 headers, 西暦 on hover.
		List<WebElement> years = driver().findElements(By.cssSelector("table.summary thead tr:nth-child(2) th"));
		assertThat(years).extracting(WebElement::getText)
			.containsExactly("令和元年度", "令和2年度", "令和3年度", "令和4年度", "令和5年度");
		assertThat(years.get(0).getDomAttribute("title")).startsWith("2019年度");
	}

	@Test
	void noRequestLeavesThePageAndNoScriptFails() {
		// The file itself, nothing else; a data: URL would be inline content, which never leaves the page.
		List<String> requests = browser.requests();
		assertThat(requests).contains(summary.toUri().toString());
		assertThat(requests).allSatisfy(url -> assertThat(url).satisfiesAnyOf(
				u -> assertThat(u).isEqualTo(summary.toUri().toString()), u -> assertThat(u).startsWith("data:")));
		assertThat(browser.consoleErrors()).isEmpty();
		assertThat(browser.script("return performance.getEntriesByType('resource').length")).isEqualTo(0L);
	}

	@Test
	void filtersTheItemListByCategorySubcategoryDepartmentAndState() {
		assertThat(visibleItems()).isEqualTo(54);

		choose("category", "Ⅲ");
		assertThat(visibleItems()).isEqualTo(count(i -> i.subcategory().categoryCode().equals("Ⅲ")));
		assertThat(text(By.cssSelector(".filter-count"))).isEqualTo(visibleItems() + " / 54 項目を表示");

		choose("subcategory", "Ⅲ②");
		assertThat(visibleItems()).isEqualTo(count(i -> (i.subcategory().categoryCode() + i.subcategory().code())
			.equals("Ⅲ②")));

		choose("category", "");
		choose("subcategory", "");
		choose("departments", "財産活用課");
		assertThat(visibleItems()).isEqualTo(count(i -> i.departments().contains("財産活用課")));

		choose("departments", "");
		choose("implemented", "no");
		assertThat(visibleItems()).isEqualTo(54 - 44);
		assertThat(browser.script("""
				return Array.from(document.querySelectorAll('table.items tr.item'))
				  .filter(r => r.offsetParent !== null && r.dataset.implemented !== 'no').length
				""")).isEqualTo(0L);
	}

	@Test
	void everyValueNamesItsFileSheetAndCell() {
		// 税務課 item Ⅲ-②-7 carries 効果額 50,205 千円 for 令和5年度, on row 18 of its sheet, column E.
		WebElement row = driver().findElement(By.xpath("//tr[contains(@class,'item')][td[1]='Ⅲ-②-7']"));
		row.findElement(By.cssSelector("button.toggle")).click();
		WebElement detail = driver().findElement(By.id(row.getDomAttribute("data-detail")));
		assertThat(detail.isDisplayed()).isTrue();
		WebElement value = detail.findElement(By.xpath(".//span[contains(@class,'v')][normalize-space()='50,205']"));
		assertThat(value.getDomAttribute("title")).startsWith("出典: R5実施報告_税務課.xlsx ／ シート「Ⅲ-②-7」 ／ セル E18");

		value.click();
		WebElement panel = driver().findElement(By.id("source-panel"));
		assertThat(panel.isDisplayed()).isTrue();
		assertThat(panel.findElement(By.cssSelector("[data-field=file]")).getText()).isEqualTo("R5実施報告_税務課.xlsx");
		assertThat(panel.findElement(By.cssSelector("[data-field=sheet]")).getText()).isEqualTo("Ⅲ-②-7");
		assertThat(panel.findElement(By.cssSelector("[data-field=cell]")).getText()).isEqualTo("E18");

		assertThat(browser.script("""
				return Array.from(document.querySelectorAll('.v')).filter(v =>
				  !v.dataset.file || !v.dataset.sheet || !v.dataset.cell || !v.title.startsWith('出典: ')).length
				""")).isEqualTo(0L);
		assertThat((Long) browser.script("return document.querySelectorAll('.v').length")).isGreaterThan(500L);
	}

	@Test
	void drawsTheChartsAsInlineSvgLabelledInJapanese() {
		String years = svgText("#overview svg.chart");
		assertThat(years).contains("令和元年度", "令和5年度", "目標（効果目標額）", "実績（効果額）", "1,472,360", "達成率 386.45%");
		String subcategories = svgText("#charts svg.chart");
		assertThat(subcategories).contains("実施済みの項目の割合", "効果額の達成率", "44 / 54", "890.07%", "1234.05%");
		// 目標 is hatched, not coloured: it stays apart from 実績 in grayscale print.
		assertThat(browser.script("return document.querySelectorAll('#overview svg.chart pattern').length"))
			.isEqualTo(1L);
		assertThat((Long) browser.script("return document.querySelectorAll('.kpi-card svg.chart').length"))
			.isGreaterThan(30L);
		assertThat((Long) browser.script("return document.querySelectorAll('td.kpi svg.chart').length"))
			.isGreaterThan(30L);
		assertThat(browser.script("return document.querySelectorAll('svg image, svg use, svg foreignObject').length"))
			.isEqualTo(0L);
	}

	@Test
	void listsEveryExpectedDepartmentWithItsState() {
		List<String> leads = plan.items().stream().map(SurveyItem::lead).distinct().toList();
		List<WebElement> rows = driver().findElements(By.cssSelector("table.department-status tbody tr"));
		assertThat(rows).extracting(r -> r.getDomAttribute("data-department")).containsExactlyInAnyOrderElementsOf(leads);
		assertThat(rows).allSatisfy(r -> assertThat(r.getDomAttribute("data-state")).isEqualTo("submitted"));
		assertThat(text(By.cssSelector("section.departments .counts"))).contains("提出済 " + leads.size() + " 課",
				"未提出 0 課", "エラーあり 0 課");
	}

	@Test
	void printsOnA4LandscapeAndKeepsScreenshots() throws Exception {
		Path page = ARTIFACTS.resolve("summary.png");
		Path preview = ARTIFACTS.resolve("summary-print-preview.png");
		Path pdf = ARTIFACTS.resolve("summary-print.pdf");
		browser.screenshot(page);
		browser.printPreviewScreenshot(preview);
		browser.printToPdf(pdf);

		assertThat(page).isNotEmptyFile();
		assertThat(preview).isNotEmptyFile();
		Map<String, String> info = Poppler.info(pdf);
		// pdfinfo: "841.92 x 594.96 pts (A4)" — A4, wider than high.
		String[] size = info.get("Page size").split("\\s+");
		assertThat(info.get("Page size")).as("paper").endsWith("(A4)");
		assertThat(Double.parseDouble(size[0])).as("landscape").isGreaterThan(Double.parseDouble(size[2]));
		// Page 1: title, headline figures, 図1; page 2: 推進項目の一覧 alone and whole, as published.
		assertThat(Poppler.text(pdf, 1)).contains("第2次行財政改革後期実施計画", "1,852,000 千円", "図1");
		assertThat(Poppler.text(pdf, 2)).contains("推進項目の一覧", "16,484,161", "達成率（%）", "890.07");
		assertThat(Poppler.text(pdf, 3)).doesNotContain("16,484,161");
		Poppler.renderPages(pdf, 1, 3, ARTIFACTS.resolve("summary-print-page"));
	}

	private WebDriver driver() {
		return browser.driver();
	}

	private String text(By by) {
		return driver().findElement(by).getText();
	}

	/** The rendered text of the figure cells of one row (one script call rather than a round trip per cell). */
	@SuppressWarnings("unchecked")
	private List<String> cells(String sub, String kind) {
		return (List<String>) browser.script("""
				return Array.from(document.querySelectorAll(
				  `table.summary tr[data-sub='${arguments[0]}'][data-kind='${arguments[1]}'] td.num`)).map(td => td.innerText)
				""", sub, kind);
	}

	@SuppressWarnings("unchecked")
	private List<String> counts(String sub) {
		return (List<String>) browser.script("""
				return ['target', 'actual'].map(kind => document.querySelector(
				  `table.summary tr[data-sub='${arguments[0]}'][data-kind='${kind}'] td.center`).innerText)
				""", sub);
	}

	private static List<String> amounts(List<Long> perYear, long total) {
		List<String> out = new ArrayList<>();
		perYear.forEach(v -> out.add(String.format("%,d", v)));
		out.add(String.format("%,d", total));
		return out;
	}

	private void choose(String filter, String value) {
		driver().findElement(By.cssSelector("select[data-filter='" + filter + "'] option[value='" + value + "']")).click();
	}

	/** Item rows the reader sees (rendered, i.e. not hidden by a filter). */
	private long visibleItems() {
		return (Long) browser.script(
				"return Array.from(document.querySelectorAll('table.items tr.item')).filter(r => r.offsetParent !== null).length");
	}

	private long count(Predicate<SurveyItem> which) {
		return plan.items().stream().filter(which).count();
	}

	private String svgText(String selector) {
		return (String) browser.script("return document.querySelector(arguments[0]).textContent", selector);
	}

}
