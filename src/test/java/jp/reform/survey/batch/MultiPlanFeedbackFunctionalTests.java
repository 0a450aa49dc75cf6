package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import jp.reform.survey.fixture.Plan;
import jp.reform.survey.fixture.SampleInbox;
import jp.reform.survey.fixture.StandardWorkbookWriter;
import jp.reform.survey.fixture.SurveyItem;
import jp.reform.survey.fixture.WorkbookEdits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * One inbox holding two municipalities' plans (a prefecture consolidating its towns), each with its
 * own 税務課: every 税務課 gets a feedback page of its own plan, its own file shown as its current
 * submission, and the summary links each plan's department to its own page. Only 北山町's file
 * has an error.
 */
@SpringBootTest(properties = { "reform.job.run-on-startup=false", "reform.intake.settle=0s",
		"spring.datasource.url=jdbc:h2:mem:multi-plan;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
				+ "DB_CLOSE_DELAY=-1" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(ConsolidationRuns.class)
class MultiPlanFeedbackFunctionalTests {

	static final String NORTH_PLAN = "第2次北山町行財政改革実施計画";

	static final String SOUTH_PLAN = "第2次南川町行財政改革実施計画";

	static final String NORTH_FILE = "R5実施報告_北山町_税務課.xlsx";

	static final String SOUTH_FILE = "R5実施報告_南川町_税務課.xlsx";

	@Autowired
	ConsolidationRuns runs;

	@TempDir
	static Path work;

	Path output;

	@BeforeAll
	void run() throws Exception {
		Plan sample = Plan.iizuka2023();
		List<SurveyItem> items = SampleInbox.byLeadDepartment(sample).get("税務課");
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		Path north = inbox.resolve(NORTH_FILE);
		StandardWorkbookWriter.write(new Plan(NORTH_PLAN, sample.period(), sample.reportYear(), List.of()), "税務課",
				LocalDate.of(2024, 5, 10), items, north);
		WorkbookEdits.edit(north, wb -> WorkbookEdits.cell(wb, items.get(0).sheetName(), "E15").setCellValue("多数"));
		// The south's file is the newer one: grouped by department alone, it would hide the north's.
		StandardWorkbookWriter.write(new Plan(SOUTH_PLAN, sample.period(), sample.reportYear(), List.of()), "税務課",
				LocalDate.of(2024, 5, 20), items, inbox.resolve(SOUTH_FILE));
		output = work.resolve("out");

		assertThat(runs.run(inbox, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void eachPlansDepartmentHasItsOwnPageWithItsOwnFileAsCurrent() throws Exception {
		Document north = page(NORTH_PLAN);
		Document south = page(SOUTH_PLAN);

		assertThat(north.title()).isEqualTo(NORTH_PLAN + " 税務課 への確認事項");
		assertThat(north.select("section.submission h2").eachText()).containsExactly(NORTH_FILE);
		assertThat(north.select("table.earlier")).as("the other town's file is not this department's history").isEmpty();
		assertThat(north.getElementById("verdict").text()).startsWith("エラーがあります（");
		assertThat(north.select("td.message").text()).contains("数値として読めません: 多数");

		assertThat(south.select("section.submission h2").eachText()).containsExactly(SOUTH_FILE);
		assertThat(south.select("table.earlier")).isEmpty();
		assertThat(south.getElementById("verdict").text()).startsWith("取り込みました");
		assertThat(south.text()).doesNotContain("数値として読めません");
	}

	@Test
	void theSummaryIsAnIndexOfThePlansEachPageLinkingItsDepartmentsToTheirOwnFeedback() throws Exception {
		Document index = Jsoup.parse(output.resolve("summary.html").toFile(), "UTF-8");

		assertThat(index.select("table.plan-index tbody tr a.plan-link").eachText()).containsExactly(NORTH_PLAN,
				SOUTH_PLAN);
		assertThat(index.select("section.plan")).as("the plans' own sections are on their pages").isEmpty();
		for (Element link : index.select("table.plan-index tbody tr a.plan-link")) {
			String plan = link.text();
			Path pageFile = output.resolve(decode(link.attr("href")));
			assertThat(pageFile.getParent().getFileName().toString()).isEqualTo("plans");
			Document page = Jsoup.parse(pageFile.toFile(), "UTF-8");
			assertThat(page.select("section.plan").eachAttr("data-plan")).containsExactly(plan);
			assertThat(page.select("table.feedback tbody tr"))
				.extracting(row -> row.child(0).text() + "|" + row.child(1).text())
				.as("only this plan's departments")
				.containsExactly(plan + "|税務課");
			Element feedback = page.selectFirst("table.department-status tr[data-department=税務課] a.feedback");
			assertThat(feedback).as(plan).isNotNull();
			Document linked = Jsoup.parse(pageFile.getParent().resolve(decode(feedback.attr("href"))).normalize().toFile(),
					"UTF-8");
			assertThat(linked.title()).isEqualTo(plan + " 税務課 への確認事項");
		}
		Element north = index.select("table.plan-index tbody tr").get(0);
		assertThat(north.hasClass("status-error")).as("北山町's 税務課 sent a file with an error").isTrue();
	}

	private Document page(String plan) throws Exception {
		try (var pages = Files.list(output.resolve("feedback"))) {
			Path page = pages.filter(p -> p.getFileName().toString().startsWith(plan) && p.toString().endsWith(".html"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no feedback page for " + plan));
			return Jsoup.parse(page.toFile(), "UTF-8");
		}
	}

	private static String decode(String href) {
		return URLDecoder.decode(href, StandardCharsets.UTF_8);
	}

}
