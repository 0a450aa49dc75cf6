package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jp.reform.survey.fixture.YearsAcrossDraft;
import jp.reform.survey.fixture.draft.DraftWriter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A measure added by the office's profile alone — no Java: the profile declares 「時間外勤務時間」 as the field
 * overtime_hours (a figure per year) and maps the row to it; the run stores it at its cells, item_values.csv
 * carries it with its field, label, unit and cell, and the item's 内訳 in summary.html shows it per year.
 * (Without the declaration the same row is a warning and no value: {@code OfficeLayoutsJobFunctionalTests}.)
 */
@SpringBootTest(properties = { "reform.job.run-on-startup=false",
		"spring.datasource.url=jdbc:h2:mem:declared;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@Import(ConsolidationRuns.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclaredMeasureJobFunctionalTests {

	private static final Path PROFILES = profileFolder();

	@Autowired
	ConsolidationRuns runs;

	private Path output;

	@DynamicPropertySource
	static void officeProfiles(DynamicPropertyRegistry registry) {
		registry.add("reform.profiles", PROFILES::toString);
	}

	private static Path profileFolder() {
		try {
			Path dir = Files.createTempDirectory("declared-profile");
			Files.writeString(dir.resolve("tatekei-overtime.yml"), YearsAcrossDraft.PROFILE_WITH_DECLARED_MEASURE);
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@BeforeAll
	void run() throws Exception {
		Path work = Files.createTempDirectory("declared-measure");
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		DraftWriter.write(YearsAcrossDraft.withDeclaredMeasure(LocalDateTime.of(2025, 5, 20, 9, 0)), inbox);
		output = work.resolve("out");

		assertThat(runs.run(inbox, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void theDeclaredMeasureReachesItemValuesCsvWithItsCells() throws IOException {
		List<Map<String, String>> overtime = ItemValuesCsv.of(output)
			.rows()
			.stream()
			.filter(row -> row.get("field").equals("overtime_hours"))
			.toList();

		assertThat(overtime).extracting(row -> row.get("item_name") + " " + row.get("field_label") + " "
				+ row.get("fiscal_year") + " " + row.get("number") + " " + row.get("unit") + " " + row.get("raw_text")
				+ " " + row.get("sheet_name") + "!" + row.get("cell"))
			.containsExactly("時間外勤務の縮減 時間外勤務時間 2023 12000 時間 12,000時間 時間外勤務!B14",
					"時間外勤務の縮減 時間外勤務時間 2024 11500 時間 11,500時間 時間外勤務!C14");
	}

	@Test
	void theItemsDetailShowsTheDeclaredMeasurePerYear() throws IOException {
		Document page = Jsoup.parse(Files.readString(output.resolve("summary.html"), StandardCharsets.UTF_8));
		Element item = page.select("tr.item").stream()
			.filter(row -> row.select(".item-name").text().equals("時間外勤務の縮減"))
			.findFirst()
			.orElseThrow();
		Element years = page.getElementById(item.attr("data-detail")).selectFirst("table.years");
		List<String> headers = years.select("thead th").eachText();
		int column = headers.indexOf("時間外勤務時間");

		assertThat(column).as("columns of the 内訳: %s", headers).isPositive();
		assertThat(years.select("tbody tr"))
			.extracting(row -> row.child(0).text() + " " + row.child(column).text())
			.contains("令和5年度 12,000時間", "令和6年度 11,500時間");
	}

}
