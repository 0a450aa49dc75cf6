package jp.reform.survey.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jp.reform.survey.batch.LibreOffice;
import jp.reform.survey.batch.Poppler;
import jp.reform.survey.cli.ConsolidationCommand;
import jp.reform.survey.fixture.LayoutInboxes;
import jp.reform.survey.report.ReportWriter;
import jp.reform.survey.store.ConsolidationQueries;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The round trip for the plans of the other shipped layouts: Ogori's cards and Annaka's sheets are loaded,
 * each department's form is generated (the standard shape carrying what that plan measures), filled in as
 * the department would (POI), dropped into the inbox and consolidated by the real job: afterwards every
 * item holds exactly what it held before plus what was filled in — nothing lost, nothing changed, the
 * filled values normalised by the plan's own rules.
 */
@SpringBootTest(properties = { "reform.job.run-on-startup=false",
		"spring.datasource.url=jdbc:h2:mem:formlayouts;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class FormLayoutsRoundTripFunctionalTests {

	private static final String OGORI = "小郡市行政経営行動計画";

	private static final String ANNAKA = "安中市第4次行政改革大綱実施計画";

	/** Fields a form states for identification or derives from its layout (year labels): not measures. */
	private static final Set<Field> IDENTIFYING = Set.of(Field.PLAN_NAME, Field.CATEGORY, Field.SUBCATEGORY,
			Field.ITEM_NO, Field.ITEM_NAME, Field.DEPARTMENTS, Field.YEAR_LABEL);

	/** Where the forms' PDFs (and Ogori 商工観光課's pages as PNG) stay for a person to look at. */
	private static final Path ARTIFACTS = Path.of("target", "artifacts", "forms-layouts");

	@Autowired
	ConsolidationCommand command;

	@Autowired
	FormGenerator generator;

	@Autowired
	ConsolidationQueries queries;

	@TempDir
	Path work;

	@Test
	void ogoriAndAnnakaFormsComeBackAsWhatTheyHeldPlusExactlyTheFilledValues() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		LayoutInboxes.writeOgori(inbox);
		LayoutInboxes.writeAnnaka(inbox);
		command.run(inbox, work.resolve("out0"));
		Map<String, Set<String>> before = measures(queries.currentItems());

		List<Path> ogori = generator.generate(OGORI, null, LocalDate.of(2024, 5, 31), Path.of("templates"),
				work.resolve("forms-ogori"));
		List<Path> annaka = generator.generate(ANNAKA, null, LocalDate.of(2026, 5, 29), Path.of("templates"),
				work.resolve("forms-annaka"));

		assertOgoriForm(ogori);
		PrintedForms.assertOnePagePerVisibleSheet(ogori, LibreOffice.toPdf(ARTIFACTS, ogori), OGORI);
		PrintedForms.assertOnePagePerVisibleSheet(annaka, LibreOffice.toPdf(ARTIFACTS, annaka), ANNAKA);
		Poppler.renderPages(ARTIFACTS.resolve("調査票_商工観光課.pdf"), 1, 2, ARTIFACTS.resolve("小郡_商工観光課"));
		Map<String, Set<String>> expected = new HashMap<>(before);
		for (Path form : ogori) {
			fill(form, inbox.resolve("返送_小郡_" + form.getFileName()), "令和5年度", Map.of("実施内容・実績",
					"計画どおり実施した。", "年度計画達成度（%）", 80), expected, OGORI, 2023,
					List.of("result_text|2023||計画どおり実施した。||||", "rate|2023|80||%|||"));
		}
		for (Path form : annaka) {
			fill(form, inbox.resolve("返送_安中_" + form.getFileName()), "令和7年度",
					Map.of("実施概要", "研修を2回実施した。", "数値", "受講者 40人", "達成度（%）", 95), expected, ANNAKA, 2025,
					List.of("result_text|2025||研修を2回実施した。||||", "kpi_actual|2025|40|受講者|人|||",
							"rate|2025|95||%|||"));
		}
		command.run(inbox, work.resolve("out1"));

		Map<String, Set<String>> after = measures(queries.currentItems());
		assertThat(after.keySet()).isEqualTo(expected.keySet());
		after.forEach((item, values) -> assertThat(values).as(item).containsExactlyInAnyOrderElementsOf(expected.get(item)));
		assertThat(after.keySet()).filteredOn(k -> k.startsWith(OGORI)).hasSize(16);
		assertThat(planPage(work.resolve("out1"), OGORI)).contains("計画どおり実施した。");
		// Annaka's page: every item's 令和7年度 達成度 is the 95 filled in, each 数値目標 answered by 受講者40人
		assertThat(planPage(work.resolve("out1"), ANNAKA)).contains("令和7年度の達成度（平均） 95.00 %", "研修を2回実施した。",
				"実績 受講者40人").doesNotContain("令和7年度の達成度（平均） 未記入");
	}

	/** The text of a plan's page of the summary, as a reader sees it. */
	private static String planPage(Path output, String plan) throws Exception {
		try (var pages = Files.list(output.resolve(ReportWriter.PLANS))) {
			for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
				Document html = Jsoup.parse(page.toFile(), "UTF-8");
				if (html.title().contains(plan)) {
					return html.text();
				}
			}
		}
		throw new AssertionError("no page of " + plan + " in " + output);
	}

	/** Ogori No.5 ふるさと納税の推進: its R4 result text and 達成度 read-only, its R5 and R6 plans, R5 open. */
	private static void assertOgoriForm(List<Path> forms) throws Exception {
		Path form = forms.stream()
			.filter(FormLayoutsRoundTripFunctionalTests::hasFurusato)
			.findFirst()
			.orElseThrow();
		try (InputStream in = Files.newInputStream(form); Workbook wb = WorkbookFactory.create(in)) {
			Sheet sheet = wb.getSheet("Ⅰ-①-5");
			assertThat(FilledForm.formValue(sheet, "項目名").getStringCellValue()).isEqualTo("ふるさと納税の推進");
			FilledForm.YearTable table = FilledForm.yearTable(sheet);
			assertThat(table.headers()).containsExactly("年度", "計画概要", "実施内容・実績", "年度計画達成度（%）");
			Row r4 = table.row("令和4年度");
			assertThat(r4.getCell(table.column("実施内容・実績")).getStringCellValue()).contains("寄附金額8億円との計画に対し、実績は5.59億円");
			assertThat(r4.getCell(table.column("年度計画達成度（%）")).getNumericCellValue()).isEqualTo(70);
			assertThat(r4.getCell(table.column("実施内容・実績")).getCellStyle().getLocked()).isTrue();
			Row r5 = table.row("令和5年度");
			assertThat(r5.getCell(table.column("計画概要")).getStringCellValue()).isNotBlank();
			assertThat(r5.getCell(table.column("実施内容・実績")).getCellStyle().getLocked()).isFalse();
			assertThat(r5.getCell(table.column("年度計画達成度（%）")).getCellStyle().getLocked()).isFalse();
			assertThat(table.row("令和6年度").getCell(table.column("計画概要")).getStringCellValue()).isNotBlank();
			assertThat(table.row("令和6年度").getCell(table.column("実施内容・実績")).getCellStyle().getLocked())
				.as("next year's result is not asked").isTrue();
		}
	}

	private static boolean hasFurusato(Path form) {
		try (InputStream in = Files.newInputStream(form); Workbook wb = WorkbookFactory.create(in)) {
			return wb.getSheet("Ⅰ-①-5") != null;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Fills every item sheet's row of {@code yearLabel} as a department would (text, numbers) and dates the
	 * cover; adds to {@code expected} what each item must hold afterwards for that year.
	 */
	static void fill(Path form, Path returned, String yearLabel, Map<String, Object> entries,
			Map<String, Set<String>> expected, String plan, int year, List<String> filled) throws Exception {
		try (InputStream in = Files.newInputStream(form); Workbook wb = WorkbookFactory.create(in)) {
			for (Row row : wb.getSheet("表紙")) {
				if (row.getCell(1) != null && "提出日".equals(FilledForm.text(row.getCell(1)))) {
					row.getCell(2).setCellValue(LocalDate.of(year + 1, 5, 20));
				}
			}
			for (Sheet sheet : wb) {
				if (wb.isSheetHidden(wb.getSheetIndex(sheet)) || wb.isSheetVeryHidden(wb.getSheetIndex(sheet))
						|| sheet.getSheetName().equals("表紙")) {
					continue;
				}
				FilledForm.YearTable table = FilledForm.yearTable(sheet);
				Row row = table.row(yearLabel);
				entries.forEach((header, value) -> {
					if (value instanceof Number n) {
						row.getCell(table.column(header)).setCellValue(n.doubleValue());
					}
					else {
						row.getCell(table.column(header)).setCellValue((String) value);
					}
				});
				String key = key(plan, sheet.getSheetName());
				Set<String> values = expected.get(key);
				assertThat(values).as("the form's item %s was loaded before", key).isNotNull();
				Set<String> with = new TreeSet<>(values);
				for (String value : filled) {
					String field = value.split("\\|")[0];
					with.removeIf(v -> v.startsWith(field + "|" + year + "|"));
				}
				with.addAll(filled);
				expected.put(key, with);
			}
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // as Excel recalculates on saving
			try (OutputStream out = Files.newOutputStream(returned)) {
				wb.write(out);
			}
		}
	}

	/** Every item of the store by plan and sheet code, with its values other than the identifying ones. */
	static Map<String, Set<String>> measures(List<CurrentItem> items) {
		Map<String, Set<String>> byItem = new HashMap<>();
		for (CurrentItem item : items) {
			Set<String> values = new TreeSet<>();
			for (SourcedValue v : item.values()) {
				if (!IDENTIFYING.contains(v.field())) {
					values.add(String.join("|", v.field().key(), v.fiscalYear() == null ? "" : v.fiscalYear().toString(),
							v.number() == null ? "" : v.number().stripTrailingZeros().toPlainString(), nonNull(v.text()),
							nonNull(v.unit()), nonNull(v.comparator()), v.approximate() ? "約" : "", ""));
				}
			}
			byItem.put(key(item.planName(), item.code()), values);
		}
		return byItem;
	}

	private static String key(String plan, String sheet) {
		return plan + " " + sheet;
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

}
