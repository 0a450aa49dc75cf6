package jp.reform.survey.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import jp.reform.survey.consolidate.CategorySummary;
import jp.reform.survey.consolidate.AchievementSummary;
import jp.reform.survey.consolidate.PlanMeasures;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.Measure;
import jp.reform.survey.consolidate.SubcategorySummary;
import jp.reform.survey.consolidate.YearFigures;
import jp.reform.survey.feedback.FeedbackWriter;
import jp.reform.survey.report.FeedbackLink;
import jp.reform.survey.report.ReportData;
import jp.reform.survey.report.ReportWriter;
import jp.reform.survey.store.StoredFinding;
import jp.reform.survey.store.Submission;
import jp.reform.survey.vocabulary.SubmissionStatus;
import jp.reform.survey.vocabulary.Severity;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A department that types markup into its workbook sees it as text in every HTML page the product
 * writes, checked in a real browser: nothing it typed runs, becomes an element, or changes the
 * page; the text reads exactly as typed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlEscapingInBrowserTests {

	static final String SCRIPT = "<script>window.xss='script';document.title='XSS'</script>";

	static final String IMG = "<img src=x onerror=\"window.xss='img'\">";

	static final String ATTR = "\"><svg onload=\"window.xss='svg'\">";

	static final String DEPARTMENT = SCRIPT + "課";

	@TempDir
	static Path output;

	HeadlessChromium chromium;

	@BeforeAll
	void writePagesAndStartTheBrowser() throws Exception {
		LocalDateTime now = LocalDateTime.of(2024, 6, 1, 9, 0);
		Submission submission = new Submission(1, IMG + ".xlsx", output.resolve("missing.xlsx").toString(), "0".repeat(64),
				10, now, now, DEPARTMENT, SubmissionStatus.LOADED_WITH_WARNINGS, 1, 1L);
		StoredFinding finding = new StoredFinding(1, submission.fileName(), Severity.WARNING, ATTR, "B5",
				"中分類の名称「" + SCRIPT + "」が計画の名称と異なります", IMG);
		YearFigures year = new YearFigures(2023, new BigDecimal("1000"), new BigDecimal("-395"), null, 0);
		PlanSummary plan = new PlanSummary(ATTR + "計画", 2023, List.of(2023),
				List.of(new CategorySummary("Ⅰ", IMG, List.of(new SubcategorySummary("①", SCRIPT, 1, 0, List.of(year),
						new BigDecimal("1000"), new BigDecimal("-395"), null)))),
				List.of(year), new BigDecimal("1000"), new BigDecimal("-395"), null, 1, 0, BigDecimal.ZERO, List.of(),
				new PlanMeasures(Set.of(Measure.EFFECT, Measure.STATUS),
						List.of(Field.PROGRESS, Field.EFFECT_TARGET, Field.EFFECT_ACTUAL)),
				AchievementSummary.NONE);
		ReportData data = new ReportData(List.of(plan), List.of(submission), List.of(finding), now);
		List<FeedbackLink> links = new FeedbackWriter(null).write(data, output);
		new ReportWriter(null).write(data, output, links, null);
		chromium = HeadlessChromium.start();
	}

	@AfterAll
	void closeTheBrowser() throws java.io.IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void summaryShowsDepartmentMarkupAsText() throws Exception {
		chromium.open(output.resolve(ReportWriter.SUMMARY));

		assertNothingRan();
		// The plan name, markup included, shows as text in the title.
		assertThat(chromium.driver().getTitle()).startsWith(ATTR).endsWith("集計結果");
		assertThat(chromium.driver().findElement(By.tagName("body")).getText()).contains(ATTR + "計画");
		assertThat(texts("table.summary th")).contains("Ⅰ " + IMG);
		assertThat(texts("table.summary td")).contains("① " + SCRIPT);
		assertThat(texts("table.submissions td")).contains(DEPARTMENT, IMG + ".xlsx");
		chromium.driver().findElement(By.cssSelector("details > summary")).click(); // as a person opens it
		assertThat(texts("table.findings td")).contains(ATTR, "中分類の名称「" + SCRIPT + "」が計画の名称と異なります", IMG);
		WebElement feedback = chromium.driver().findElement(By.cssSelector("table.feedback tbody tr"));
		assertThat(feedback.findElement(By.tagName("td")).getText()).isEqualTo(DEPARTMENT);
		chromium.screenshot(Path.of("target", "browser", "summary-escaping.png"));

		feedback.findElement(By.tagName("a")).click();

		assertThat(chromium.driver().getCurrentUrl()).contains("/feedback/");
		assertNothingRan();
		assertThat(chromium.driver().getTitle()).isEqualTo(DEPARTMENT + " への確認事項");
		assertThat(chromium.driver().findElement(By.tagName("h1")).getText()).isEqualTo(DEPARTMENT + " への確認事項");
		assertThat(chromium.driver().findElement(By.cssSelector("section.submission h2")).getText()).isEqualTo(IMG + ".xlsx");
		assertThat(texts("table.findings td")).contains(ATTR, "中分類の名称「" + SCRIPT + "」が計画の名称と異なります", IMG);
		chromium.screenshot(Path.of("target", "browser", "feedback-escaping.png"));
	}

	/**
	 * No script of the department's ran, and none of its markup became an element: the page's own
	 * inline script and chart SVGs carry no such text, and nothing else is there.
	 */
	private void assertNothingRan() {
		assertThat(chromium.script("return typeof window.xss")).isEqualTo("undefined");
		assertThat(chromium.script("return document.querySelectorAll('img, iframe, [onerror], [onload], svg script, "
				+ "svg foreignObject').length")).isEqualTo(0L);
		assertThat(chromium.script("return Array.from(document.scripts).filter(s => s.textContent.includes('xss')).length"))
			.isEqualTo(0L);
	}

	private List<String> texts(String css) {
		return chromium.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

}
