package jp.reform.survey.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jp.reform.survey.batch.LibreOffice;
import jp.reform.survey.batch.Poppler;
import jp.reform.survey.cli.ConsolidationCommand;
import jp.reform.survey.fixture.IizukaPlanDraft;
import jp.reform.survey.fixture.draft.DraftWriter;
import jp.reform.survey.report.ReportWriter;
import jp.reform.survey.store.ConsolidationQueries;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The round trip for Iizuka's plan cards (a row per activity, its planned action per year): each 所管部署's form
 * has the years across with 取組内容 and 実施状況 under each, every activity on its row with last year's texts
 * read-only; filled in as the department would (POI) — 実施状況 of the surveyed year for every activity, a later
 * year's plan revised — dropped into the inbox and consolidated by the real job, every item holds exactly what
 * it held plus what was filled in, each activity's values on its own line, and item_values.csv lists exactly
 * the filled 実施状況 under their activities. The forms print one page per sheet.
 */
@SpringBootTest(properties = { "reform.job.run-on-startup=false",
		"spring.datasource.url=jdbc:h2:mem:formplancard;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class FormPlanCardRoundTripFunctionalTests {

	private static final String PLAN = IizukaPlanDraft.PLAN;

	/** Where the forms' PDFs and 都市建設部's pages as PNG stay for a person to look at. */
	private static final Path ARTIFACTS = Path.of("target", "artifacts", "forms-plan-card");

	private static final String R6 = "令和6年度";

	private static final String R7 = "令和7年度";

	private static final String R8 = "令和8年度";

	private static final String PLANNED = "取組内容";

	private static final String STATUS = "実施状況";

	/** The tablet card's last activity, whose R8 plan the department revises. */
	private static final String INTRODUCTION = IizukaPlanDraft.TABLET_ACTIVITIES[3][0];

	private static final String REVISED = "本格実施（全課に配備）及び検証";

	@Autowired
	ConsolidationCommand command;

	@Autowired
	FormGenerator generator;

	@Autowired
	ConsolidationQueries queries;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path work;

	@Test
	void planCardFormsComeBackAsWhatTheyHeldPlusExactlyTheFilledValues() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		for (var workbook : IizukaPlanDraft.workbooks(LocalDateTime.of(2025, 4, 30, 9, 0))) {
			DraftWriter.write(workbook, inbox);
		}
		command.run(inbox, work.resolve("out0"));
		Map<String, Set<String>> before = values(queries.currentItems());
		assertThat(before).hasSize(2);

		// no report year: the year after the latest 実施状況 (令和6年度 → 令和7年度)
		List<Path> forms = generator.generate(PLAN, null, LocalDate.of(2026, 5, 29), Path.of("templates"),
				work.resolve("forms"));

		assertThat(forms).extracting(f -> f.getFileName().toString())
			.containsExactlyInAnyOrder("調査票_都市建設部各課など.xlsx", "調査票_人事課.xlsx");
		Path tablet = work.resolve("forms").resolve("調査票_都市建設部各課など.xlsx");
		assertTabletForm(tablet);
		List<Path> pdfs = LibreOffice.toPdf(ARTIFACTS, forms);
		PrintedForms.assertOnePagePerVisibleSheet(forms, pdfs, PLAN);
		Path tabletPdf = pdfs.get(forms.indexOf(tablet));
		assertThat(Poppler.text(tabletPdf, 2)).as("the card's page says what to fill")
			.contains("黄色のセルに記入してください", "令和7年度の実施状況", "令和6年度", "令和8年度", "試行⇒検証");
		Poppler.renderPages(tabletPdf, 1, 2, ARTIFACTS.resolve("都市建設部"));

		Map<String, Set<String>> expected = new HashMap<>(before);
		Set<String> filledStatus = new TreeSet<>();
		for (Path form : forms) {
			fill(form, inbox.resolve("返送_" + form.getFileName()), expected, filledStatus);
		}
		command.run(inbox, work.resolve("out1"));

		Map<String, Set<String>> after = values(queries.currentItems());
		assertThat(after.keySet()).isEqualTo(expected.keySet());
		after.forEach((item, values) -> assertThat(values).as(item).containsExactlyInAnyOrderElementsOf(expected.get(item)));
		assertThat(filledStatus).as("every activity of both cards answered").hasSize(
				IizukaPlanDraft.TABLET_ACTIVITIES.length + IizukaPlanDraft.TALENT_ACTIVITIES.length);
		assertThat(csv(work.resolve("out1"), "activity_result", "2025")).isEqualTo(filledStatus);
		assertThat(jdbc.sql("""
				SELECT CONCAT(s.file_name, ' ', COALESCE(f.cell_ref, ''), ' ', f.message)
				FROM finding f JOIN submission s ON s.id = f.submission_id
				WHERE s.file_name LIKE '返送_%' AND f.severity <> 'NOTE'""").query(String.class).list())
			.as("the returned forms' only finding: the tablet card's KPI still to be set, as on the card")
			.singleElement(InstanceOfAssertFactories.STRING)
			.contains("返送_調査票_都市建設部各課など.xlsx B", "目標値（KPI）が未定");
		assertThat(csv(work.resolve("out1"), "activity_plan", "2026"))
			.contains(IizukaPlanDraft.TABLET + "|" + INTRODUCTION + "|" + REVISED)
			.doesNotContain(IizukaPlanDraft.TABLET + "|" + INTRODUCTION + "|" + IizukaPlanDraft.TABLET_ACTIVITIES[3][3]);
	}

	/** The tablet card: every activity with its three years' plans, 令和6年度 read-only, 令和7年度 open. */
	private static void assertTabletForm(Path form) throws Exception {
		try (InputStream in = Files.newInputStream(form); Workbook wb = WorkbookFactory.create(in)) {
			Sheet sheet = wb.getSheetAt(1);
			assertThat(FilledForm.formValue(sheet, "取り組み名").getStringCellValue()).isEqualTo(IizukaPlanDraft.TABLET);
			FilledForm.ActivityTable table = FilledForm.activityTable(sheet);
			assertThat(table.activities()).extracting(r -> r.getCell(0).getStringCellValue())
				.containsExactly(IizukaPlanDraft.TABLET_ACTIVITIES[0][0], IizukaPlanDraft.TABLET_ACTIVITIES[1][0],
						IizukaPlanDraft.TABLET_ACTIVITIES[2][0], INTRODUCTION);
			Row first = table.activity(IizukaPlanDraft.TABLET_ACTIVITIES[0][0]);
			assertThat(first.getCell(table.column(R6, PLANNED)).getStringCellValue())
				.isEqualTo(IizukaPlanDraft.TABLET_ACTIVITIES[0][1]);
			assertThat(first.getCell(table.column(R6, STATUS)).getStringCellValue())
				.isEqualTo(IizukaPlanDraft.TABLET_R6_STATUS[0]);
			assertThat(first.getCell(table.column(R7, PLANNED)).getStringCellValue())
				.isEqualTo(IizukaPlanDraft.TABLET_ACTIVITIES[0][2]);
			assertThat(first.getCell(table.column(R8, PLANNED)).getStringCellValue())
				.isEqualTo(IizukaPlanDraft.TABLET_ACTIVITIES[0][3]);
			assertThat(first.getCell(table.column(R6, PLANNED)).getCellStyle().getLocked()).as("last year's plan").isTrue();
			assertThat(first.getCell(table.column(R6, STATUS)).getCellStyle().getLocked()).as("last year's 実施状況").isTrue();
			assertThat(first.getCell(table.column(R7, PLANNED)).getCellStyle().getLocked()).isFalse();
			assertThat(first.getCell(table.column(R7, STATUS)).getCellStyle().getLocked()).isFalse();
			assertThat(first.getCell(table.column(R8, PLANNED)).getCellStyle().getLocked()).as("next year's plan").isFalse();
			assertThat(first.getCell(table.column(R8, STATUS)).getCellStyle().getLocked())
				.as("next year's 実施状況 is not asked").isTrue();
			assertThat(first.getCell(0).getCellStyle().getLocked()).as("the activity's name").isTrue();
		}
	}

	/**
	 * Writes 令和7年度's 実施状況 of every activity (and revises the tablet card's last 令和8年度 plan) as the
	 * department would, dates the cover; adds to {@code expected} what each item holds afterwards.
	 */
	private static void fill(Path form, Path returned, Map<String, Set<String>> expected, Set<String> filledStatus)
			throws Exception {
		try (InputStream in = Files.newInputStream(form); Workbook wb = WorkbookFactory.create(in)) {
			for (Row row : wb.getSheet("表紙")) {
				if ("提出日".equals(FilledForm.text(row.getCell(1)))) {
					row.getCell(2).setCellValue(LocalDate.of(2026, 5, 20));
				}
			}
			for (int s = 1; s < wb.getNumberOfSheets(); s++) {
				if (wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)) {
					continue;
				}
				Sheet sheet = wb.getSheetAt(s);
				String item = FilledForm.formValue(sheet, "取り組み名").getStringCellValue();
				FilledForm.ActivityTable table = FilledForm.activityTable(sheet);
				Set<String> values = new TreeSet<>(expected.get(sheet.getSheetName()));
				int line = 0;
				for (Row row : table.activities()) {
					line++;
					String activity = row.getCell(0).getStringCellValue();
					String status = activity + "：予定どおり実施（" + line + "）";
					row.getCell(table.column(R7, STATUS)).setCellValue(status);
					values.add(value("activity_result", 2025, line, status));
					filledStatus.add(item + "|" + activity + "|" + status);
					if (activity.equals(INTRODUCTION)) {
						String old = row.getCell(table.column(R8, PLANNED)).getStringCellValue();
						row.getCell(table.column(R8, PLANNED)).setCellValue(REVISED);
						assertThat(values.remove(value("activity_plan", 2026, line, old))).isTrue();
						values.add(value("activity_plan", 2026, line, REVISED));
					}
				}
				expected.put(sheet.getSheetName(), values);
			}
			try (OutputStream out = Files.newOutputStream(returned)) {
				wb.write(out);
			}
		}
	}

	/** Every item of the plan by its sheet code, with its values other than the plan's name, each on its activity's line. */
	private static Map<String, Set<String>> values(List<CurrentItem> items) {
		Map<String, Set<String>> byItem = new HashMap<>();
		for (CurrentItem item : items) {
			if (!item.planName().equals(PLAN)) {
				continue;
			}
			Set<String> values = new TreeSet<>();
			for (SourcedValue v : item.values()) {
				if (v.field() == Field.PLAN_NAME) {
					continue; // the form states it, where the card took it from the profile's defaults
				}
				values.add(String.join("|", v.field().key(), v.fiscalYear() == null ? "" : v.fiscalYear().toString(),
						v.line() == null ? "" : v.line().toString(),
						v.number() == null ? "" : v.number().stripTrailingZeros().toPlainString(),
						v.text() == null ? "" : v.text(), v.unit() == null ? "" : v.unit()));
			}
			byItem.put(item.code(), values);
		}
		return byItem;
	}

	private static String value(String field, int year, int line, String text) {
		return String.join("|", field, Integer.toString(year), Integer.toString(line), "", text, "");
	}

	/** item_values.csv's rows of a field in a year, as 取組名|activity|text. */
	private static Set<String> csv(Path output, String field, String year) throws Exception {
		Set<String> rows = new TreeSet<>();
		try (Reader in = Files.newBufferedReader(output.resolve(ReportWriter.ITEM_VALUES), StandardCharsets.UTF_8)) {
			assertThat(in.read()).as("byte order mark").isEqualTo('\uFEFF');
			for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
				if (r.get("plan_name").equals(PLAN) && r.get("field").equals(field) && r.get("fiscal_year").equals(year)) {
					rows.add(r.get("item_name") + "|" + r.get("activity") + "|" + r.get("text"));
				}
			}
		}
		return rows;
	}

}
