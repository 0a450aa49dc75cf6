package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.reform.survey.fixture.Plan;
import jp.reform.survey.fixture.SampleInbox;
import jp.reform.survey.fixture.StandardWorkbookWriter;
import jp.reform.survey.fixture.SurveyItem;
import jp.reform.survey.fixture.YearRow;
import jp.reform.survey.report.ReportWriter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * 「前年度報告との比較」: the store holds the sample plan's 令和4年度 report (its workbooks a year earlier,
 * the years up to 令和4年度) and its 令和5年度 report (the sample). The 令和4年度 report stated 税務課's
 * Ⅲ-②-7 令和4年度 効果額 1,000 千円 higher than the 令和5年度 report does: that restatement (with the 成果状況
 * and 達成率 of its row) is listed with the cells of both; 交流センター (Ⅰ-①-3, 検討 → 実施) is an item whose status advanced.
 */
@SpringBootTest(properties = "reform.job.run-on-startup=false")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:year-over-year;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Import(ConsolidationRuns.class)
class YearOverYearTests {

	@Autowired
	ConsolidationRuns runs;

	@TempDir
	Path work;

	@Test
	void showsTheRestatedFigureWithTheCellsOfBothReportsAndTheStatusChanges() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		SampleInbox.write(inbox);
		Plan r5 = Plan.iizuka2023();
		long published = r5.items().stream().filter(i -> i.sheetName().equals("Ⅲ-②-7")).findFirst().orElseThrow()
			.years().stream().filter(y -> y.fiscalYear() == 2022).findFirst().orElseThrow().actual();
		Plan r4 = new Plan(r5.name(), r5.period(), "令和4年度",
				r5.items().stream().map(item -> upTo2022(item, published + 1000)).toList());
		int day = 0;
		for (Map.Entry<String, List<SurveyItem>> department : SampleInbox.byLeadDepartment(r4).entrySet()) {
			StandardWorkbookWriter.write(r4, department.getKey(), LocalDate.of(2023, 5, 10).plusDays(day++),
					department.getValue(), inbox.resolve("R4実施報告_" + department.getKey() + ".xlsx"));
		}

		assertThat(runs.run(inbox, work.resolve("out")).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		Document page = Jsoup.parse(work.resolve("out").resolve(ReportWriter.SUMMARY).toFile());
		Element section = page.getElementById("year-over-year");
		assertThat(section).isNotNull();
		assertThat(section.selectFirst("p.lead").text()).startsWith("令和4年度の報告と令和5年度の報告の違いです");
		// the changed 効果額, and with it that row's 成果状況 (the same figure, printed as its KPI) and 達成率 (its formula)
		List<Element> restated = section.select("table.restatements tbody tr");
		assertThat(restated).extracting(tr -> tr.attr("data-item") + " " + tr.select("td").get(3).text() + " "
				+ tr.select("td").get(4).text())
			.containsExactly("Ⅲ-②-7 効果額 令和4年度", "Ⅲ-②-7 成果状況 令和4年度", "Ⅲ-②-7 達成率 令和4年度");
		Element tax = restated.get(0);
		assertThat(tax.attr("data-item")).isEqualTo("Ⅲ-②-7");
		assertThat(tax.select("td").get(3).text()).isEqualTo("効果額");
		assertThat(tax.select("td").get(4).text()).isEqualTo("令和4年度");
		assertThat(tax.select("td").get(5).text()).contains(String.format("%,d", published + 1000),
				"R4実施報告_税務課.xlsx Ⅲ-②-7!E17");
		assertThat(tax.select("td").get(6).text()).contains(String.format("%,d", published),
				"R5実施報告_税務課.xlsx Ⅲ-②-7!E17");
		assertThat(tax.select("td").get(7).text()).isEqualTo("△1,000");

		List<Element> status = section.select("table.status tbody tr");
		assertThat(status).anySatisfy(row -> {
			assertThat(row.attr("data-item")).isEqualTo("Ⅰ-①-3");
			assertThat(row.select("td").get(5).text()).startsWith("検討");
			assertThat(row.select("td").get(6).text()).startsWith("実施");
			assertThat(row.select("td").get(7).text()).isEqualTo("前進");
		});
		// 前回の集計からの変更 (run against run) is still there beside it
		assertThat(page.getElementById("changes")).isNotNull();
	}

	/** The item as its 令和4年度 report stated it: the years up to 令和4年度, Ⅲ-②-7's 令和4年度 効果額 {@code actual2022}. */
	private static SurveyItem upTo2022(SurveyItem item, long actual2022) {
		List<YearRow> years = item.years()
			.stream()
			.filter(y -> y.fiscalYear() <= 2022)
			.map(y -> item.sheetName().equals("Ⅲ-②-7") && y.fiscalYear() == 2022 ? new YearRow(y.label(),
					y.fiscalYear(), y.schedule(), y.progress(), String.format("%,d", actual2022), y.target(), actual2022,
					y.note()) : y)
			.toList();
		return new SurveyItem(item.subcategory(), item.no(), item.departments(), item.name(), item.indicator(),
				item.content(), years);
	}

}
