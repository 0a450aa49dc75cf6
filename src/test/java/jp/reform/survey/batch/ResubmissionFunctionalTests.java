package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import jp.reform.survey.cli.ConsolidationCommand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import jp.reform.survey.fixture.Plan;
import jp.reform.survey.fixture.SampleInbox;
import jp.reform.survey.fixture.StandardWorkbookWriter;
import jp.reform.survey.report.ReportWriter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A department's corrected workbook next to its first one: the newest by 提出日 wins, whatever the
 * file names and whichever is read first; the older stays in history.
 */
@SpringBootTest(properties = { "reform.job.run-on-startup=false",
		"spring.datasource.url=jdbc:h2:mem:resubmission;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class ResubmissionFunctionalTests {

	private static final String TAX = "税務課";

	@Autowired
	ConsolidationCommand command;

	@TempDir
	Path work;

	@Test
	void theNewestSubmissionDateWinsNotTheFileNameOrReadingOrder() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		SampleInbox.write(inbox);
		Plan plan = Plan.iizuka2023();
		// Read first (name sorts first) but dated later: the correction, 令和5年度 効果額 50,205 → 51,000.
		StandardWorkbookWriter.write(plan, TAX, LocalDate.of(2024, 6, 20), TaxCorrection.withActual2023(plan, 51_000L),
				inbox.resolve("A_税務課_修正版.xlsx"));
		// Read last but dated earliest: an outdated draft that must not win.
		StandardWorkbookWriter.write(plan, TAX, LocalDate.of(2024, 4, 1), TaxCorrection.withActual2023(plan, 1L),
				inbox.resolve("Z_税務課_下書き.xlsx"));

		assertThat(command.run(inbox, work.resolve("out"))).isEqualTo(ConsolidationCommand.OK);

		assertThat(csvRow(work.resolve("out"), "Ⅲ", "②", 2023)[7]).isEqualTo("51000");
		assertThat(csvRow(work.resolve("out"), "Ⅲ", "②", 2022)[7]).isEqualTo("61183");
	}

	/**
	 * The summary lists the replaced workbooks — the first one and the outdated draft, both older than the
	 * correction, which carries all their items — as 差し替え済み naming the correction, and counts the files
	 * that count: a re-submission is not one file more.
	 */
	@Test
	void theSummaryListsTheReplacedWorkbooksAsSuchAndDoesNotCountThem() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		int sample = SampleInbox.write(inbox).size();
		Plan plan = Plan.iizuka2023();
		StandardWorkbookWriter.write(plan, TAX, LocalDate.of(2024, 6, 20), TaxCorrection.withActual2023(plan, 51_000L),
				inbox.resolve("A_税務課_修正版.xlsx"));
		StandardWorkbookWriter.write(plan, TAX, LocalDate.of(2024, 4, 1), TaxCorrection.withActual2023(plan, 1L),
				inbox.resolve("Z_税務課_下書き.xlsx"));

		assertThat(command.run(inbox, work.resolve("out"))).isEqualTo(ConsolidationCommand.OK);

		Document summary = Jsoup.parse(work.resolve("out").resolve(ReportWriter.SUMMARY).toFile(), "UTF-8");
		assertThat(summary.selectFirst("header .meta").text())
			.contains("提出ファイル: " + sample + "件（ほかに差し替え済み 2件）");
		Elements tax = summary.select("#submissions tbody tr:has(td:eq(0):containsOwn(" + TAX + "))");
		assertThat(tax).hasSize(3);
		for (Element row : tax) {
			String file = row.child(1).text();
			String status = row.child(2).text();
			if (file.equals("A_税務課_修正版.xlsx")) {
				assertThat(status).startsWith("取込済");
				assertThat(row.hasClass("replaced")).isFalse();
			}
			else {
				assertThat(status).isEqualTo("差し替え済み（A_税務課_修正版.xlsx、2024年6月20日の提出で置き換え）");
				assertThat(row.hasClass("replaced")).isTrue();
			}
		}
		assertThat(summary.select("#submissions tbody tr")).hasSize(sample + 2);
	}

	private static String[] csvRow(Path output, String category, String subcategory, int year) throws Exception {
		return Files.readAllLines(output.resolve(ReportWriter.CSV), StandardCharsets.UTF_8)
			.stream()
			.map(line -> line.split(",", -1))
			.filter(f -> f[1].equals(category) && f[3].equals(subcategory) && f[5].equals(Integer.toString(year)))
			.findFirst()
			.orElseThrow();
	}

}
