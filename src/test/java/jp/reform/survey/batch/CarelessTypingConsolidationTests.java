package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import jp.reform.survey.fixture.CarelessVariants;
import jp.reform.survey.fixture.CarelessVariants.Variant;
import jp.reform.survey.fixture.Plan;
import jp.reform.survey.fixture.SampleInbox;
import jp.reform.survey.fixture.draft.DraftSheet;
import jp.reform.survey.fixture.draft.DraftWorkbook;
import jp.reform.survey.fixture.draft.DraftWriter;
import jp.reform.survey.fixture.draft.Role.Kind;
import jp.reform.survey.forms.FormGenerator;
import jp.reform.survey.report.ReportWriter;
import jp.reform.survey.store.ConsolidationQueries;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.survey.SurveyReader;
import jp.reform.survey.workbook.WorkbookReader;
import jp.reform.survey.vocabulary.Field;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Issues 3 and 14: every careless-typing and reshaped-form variant of the sample inbox (.xls and the
 * re-submission included) consolidates to the tidy sample's exact output, and item by item stores what the
 * tidy sample stores — every value of every item, departments as a list, texts after whitespace
 * normalisation, numbers with unit, bound and 約 — but for what the variant's own cells say otherwise
 * (listed from those cells); its item_values.csv equals the tidy one value for value. First, a run with one
 * department left off a multi-line 所管課 shows the comparison reporting exactly that. Variants run one after
 * another in one database, each with later 提出日 than the runs before, so each run's files must supply every
 * current item (checked) — a sheet the reader missed would otherwise hide behind an earlier run's figures.
 * Then, newer still, two re-submissions with an unreadable cell.
 */
@SpringBootTest(properties = "reform.job.run-on-startup=false")
@Import(ConsolidationRuns.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:careless;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CarelessTypingConsolidationTests {

	@Autowired
	ConsolidationRuns runs;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	static Path work;

	@Autowired
	ConsolidationQueries queries;

	@Autowired
	FormGenerator forms;

	@Autowired
	WorkbookReader workbooks;

	@Autowired
	SurveyReader surveys;

	private ConsolidatedFigures tidy;

	/** The tidy sample's items, value by value, and its item_values.csv. */
	private StoredItems tidyItems;

	private ItemValuesCsv tidyValues;

	@BeforeAll
	void consolidateTheTidySample() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("tidy"));
		SampleInbox.write(inbox);
		JobExecution run = runs.run(inbox, work.resolve("tidy-out"));
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		new PublishedTableAssertions().assertAll(work.resolve("tidy-out"));
		tidy = ConsolidatedFigures.of(work.resolve("tidy-out"));
		tidyItems = StoredItems.of(queries.currentItems());
		tidyValues = ItemValuesCsv.of(work.resolve("tidy-out"));
		assertThat(tidyItems.items()).hasSize(54);
		// the tidy sample itself keeps every 所管課 typed on separate lines: the filter offers each one
		Document summary = Jsoup.parse(work.resolve("tidy-out").resolve(ReportWriter.SUMMARY).toFile(), "UTF-8");
		assertThat(summary.select("select[data-filter=departments] option[value~=.]").eachAttr("value"))
			.containsExactlyInAnyOrderElementsOf(Plan.iizuka2023().items().stream()
				.flatMap(i -> i.departments().stream()).distinct().toList());
	}

	static Stream<Variant> variants() {
		return CarelessVariants.all().stream();
	}

	/**
	 * The item-level comparison can fail, and says exactly what differs: 業務改善・DX推進課 sends Ⅱ-①-1 with the
	 * last of its three 所管課 left off its multi-line cell (everything else tidy, 提出日 after the tidy sample's).
	 */
	@Test
	@Order(0)
	void theItemLevelComparisonReportsADroppedDepartment() throws Exception {
		jp.reform.survey.fixture.SurveyItem item = Plan.iizuka2023().items().stream()
			.filter(i -> i.sheetName().equals("Ⅱ-①-1")).findFirst().orElseThrow();
		assertThat(item.departments()).containsExactly("業務改善・DX推進課", "財産活用課", "財政課");
		Path inbox = work.resolve("dropped");
		CarelessVariants.writeDepartment(item.lead(), LocalDate.of(2024, 12, 1), inbox,
				workbook -> workbook.sheet(item.sheetName()).orElseThrow().where(Kind.FORM_VALUE, Field.DEPARTMENTS)
					.forEach(c -> c.set("業務改善・DX推進課\n財産活用課")));

		JobExecution run = runs.run(inbox, work.resolve("dropped-out"));

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(StoredItems.of(queries.currentItems()).differencesFrom(tidyItems)).containsExactly(
				"Ⅱ-①-1 所管課: [業務改善・DX推進課, 財産活用課, 財政課] ≠ [業務改善・DX推進課, 財産活用課]",
				"Ⅱ-①-1 departments -: [「業務改善・DX推進課 財産活用課 財政課」] ≠ [「業務改善・DX推進課 財産活用課」]");
		List<String> expected = comparable(tidyValues, List.of(), List.of());
		List<String> differing = new java.util.ArrayList<>(comparable(ItemValuesCsv.of(work.resolve("dropped-out")),
				List.of(), List.of()));
		differing.removeAll(expected);
		long rowsOfTheItem = expected.stream().filter(CarelessTypingConsolidationTests::isTwoOneOne).count();
		assertThat(differing).as("item_values.csv rows that differ from the tidy set's: every row of Ⅱ-①-1")
			.hasSize((int) rowsOfTheItem)
			.allMatch(row -> isTwoOneOne(row) && row.contains("departments=業務改善・DX推進課、財産活用課,"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("variants")
	@Order(1)
	void consolidatesToTheTidyOutput(Variant variant) throws Exception {
		int index = CarelessVariants.all().stream().map(Variant::name).toList().indexOf(variant.name()) + 1;
		Path inbox = work.resolve("variant-" + index);
		Path output = work.resolve("variant-" + index + "-out");
		List<DraftWorkbook> drafts = CarelessVariants.drafts(variant, LocalDate.of(2024, 5, 10).plusYears(index));
		List<Path> files = new java.util.ArrayList<>();
		for (DraftWorkbook draft : drafts) {
			files.add(DraftWriter.write(draft, Files.createDirectories(inbox)));
		}

		JobExecution run = runs.run(inbox, output);

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE job_execution_id = ?").param(run.getId())
			.query(Integer.class).single()).isEqualTo(files.size());
		assertThat(errors(run)).isEmpty();
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM current_item_version cur JOIN submission s ON s.id = cur.submission_id
				WHERE s.job_execution_id = ?
				""").param(run.getId()).query(Integer.class).single()).as("current items from this run").isEqualTo(54);
		ConsolidatedFigures figures = ConsolidatedFigures.of(output);
		assertThat(figures.csv()).isEqualTo(tidy.csv());
		assertThat(figures.workbookCells()).containsExactlyElementsOf(tidy.workbookCells());
		assertThat(figures.planSections()).containsExactlyElementsOf(tidy.planSections());

		// Item level: every stored value of every item equals the tidy fixture's, but for what the variant's cells
		// say otherwise, listed from those cells — 「約1,234」「1,234以上」「50.2％」 where the tidy cell has the plain
		// number, and the year-table columns a sheet leaves out — each of which must show, and nothing else.
		List<CarelessVariants.Addition> additions = CarelessVariants.additions(drafts);
		List<CarelessVariants.Omission> omissions = CarelessVariants.omissions(drafts);
		StoredItems expected = tidyItems;
		for (CarelessVariants.Addition a : additions) {
			expected = expected.with(a.sheet(), StoredItems.key(a.field().key(), a.fiscalYear()),
					v -> new StoredItems.Value(v.text(), v.number(), a.unit() == null ? v.unit() : a.unit(),
							a.bound() == null ? v.bound() : a.bound(), v.approximate() || a.approximate()));
		}
		for (CarelessVariants.Omission o : omissions) {
			expected = expected.without(o.sheet(), o.field().key());
		}
		assertThat(StoredItems.of(queries.currentItems()).differencesFrom(expected))
			.as("item-level differences from the tidy fixture").isEmpty();
		List<String> beyondTidy = expected.differencesFrom(tidyItems);
		assertThat(beyondTidy.stream().filter(d -> !d.endsWith("≠ (none)")))
			.as("values this variant states beyond the tidy fixture").hasSize(additions.size());
		assertThat(beyondTidy.isEmpty()).as("this variant says nothing other than the tidy fixture")
			.isEqualTo(!List.of("numbers typed as text", "a subset of the year-table columns").contains(variant.name())
					&& !variant.name().startsWith("everything mixed"));
		if (variant.name().startsWith("所管課 typed")) {
			assertNextYearsFormsNameEveryDepartment(work.resolve("variant-" + index + "-forms"));
		}
		// A department's corrected re-submission counts whole: every current item is the newer file's
		List<String> stale = drafts.stream().map(DraftWorkbook::fileName).filter(n -> n.contains("_最終版")).toList();
		assertThat(stale.isEmpty()).isEqualTo(!variant.name().startsWith("corrected re-submission"));
		assertThat(queries.currentItems()).extracting(CurrentItem::fileName)
			.noneMatch(n -> n.contains("_最終版")).allMatch(n -> files.stream().anyMatch(f -> f.endsWith(n)));
		// and item_values.csv equals the tidy set's value for value
		assertThat(comparable(ItemValuesCsv.of(output), List.of(), List.of()))
			.containsExactlyInAnyOrderElementsOf(comparable(tidyValues, additions, omissions));
	}

	/**
	 * Next year's forms, generated from the store, carry every 所管課 of every item in order (one per line): read
	 * back by the product's reader, each item names the plan's departments.
	 */
	private void assertNextYearsFormsNameEveryDepartment(Path formsDir) throws Exception {
		List<Path> written = forms.generate(null, 2024, LocalDate.of(2025, 6, 30), Path.of("templates"), formsDir);
		// the later variants are not returns of these forms: forget that they were sent
		jdbc.sql("DELETE FROM form_distribution").update();
		java.util.Map<String, List<String>> named = new java.util.TreeMap<>();
		for (Path form : written) {
			for (jp.reform.survey.survey.SurveyItem item : surveys.read(workbooks.read(form)).items()) {
				named.put(item.category().code() + "-" + item.subcategory().code() + "-" + item.itemNo(), item.departments());
			}
		}
		java.util.Map<String, List<String>> planned = new java.util.TreeMap<>();
		Plan.iizuka2023().items().forEach(i -> planned.put(i.sheetName(), i.departments()));
		assertThat(named).isEqualTo(planned);
	}

	private static String code(java.util.Map<String, String> row) {
		return row.get("category_code") + "-" + row.get("subcategory_code") + "-" + row.get("item_no");
	}

	private static boolean isTwoOneOne(String row) {
		return row.contains("category_code=Ⅱ,") && row.contains("subcategory_code=①,") && row.contains("item_no=1,");
	}

	/**
	 * item_values.csv rows without where each value came from (file, sheet, cell, the text as typed), with the
	 * additions a variant states applied (a tidy row's 約 / bound set as the variant's cell says).
	 */
	private static List<String> comparable(ItemValuesCsv csv, List<CarelessVariants.Addition> additions,
			List<CarelessVariants.Omission> omissions) {
		List<java.util.Map<String, String>> rows = csv.rows().stream()
			.filter(row -> omissions.stream().noneMatch(o -> o.sheet().equals(code(row)) && o.field().key().equals(row.get("field"))))
			.map(row -> {
			java.util.Map<String, String> copy = new java.util.LinkedHashMap<>(row);
			for (CarelessVariants.Addition a : additions) {
				if (a.sheet().equals(code(row)) && a.field().key().equals(row.get("field"))
						&& String.valueOf(a.fiscalYear()).equals(row.get("fiscal_year"))) {
					copy.put("approximate", a.approximate() ? "1" : copy.get("approximate"));
					copy.put("bound", a.bound() == null ? copy.get("bound") : a.bound());
					copy.put("unit", a.unit() == null ? copy.get("unit") : a.unit());
				}
			}
			return copy;
		}).toList();
		return new ItemValuesCsv(csv.header(), rows).rowsWithout(List.of("file_name", "sheet_name", "cell", "raw_text"));
	}

	/**
	 * 「来年度」 as a year and 「多数」 as an amount in two departments' corrected re-submissions: each is reported
	 * with its file, sheet and A1 address, only that item sheet is held back (its figures from before stay),
	 * and the workbooks' other sheets load.
	 */
	@Test
	@Order(2)
	void anUnreadableCellHoldsBackItsSheetOnly() throws Exception {
		Path inbox = work.resolve("unreadable");
		LocalDate later = LocalDate.of(2050, 6, 1);
		CarelessVariants.writeDepartment("税務課", later, inbox, workbook -> {
			DraftSheet sheet = workbook.sheet("Ⅲ-②-7").orElseThrow();
			sheet.where(Kind.YEAR).stream().filter(c -> c.meaning().equals(2021)).forEach(c -> c.set("来年度"));
			sheet.where(Kind.CELL, Field.EFFECT_ACTUAL).forEach(c -> c.set(1_000_000L)); // must not reach the tables
			workbook.sheet("Ⅲ-①-5").orElseThrow().where(Kind.CELL, Field.PROGRESS).forEach(c -> c.set("検討"));
		});
		CarelessVariants.writeDepartment("財産活用課", later.plusDays(1), inbox, workbook -> {
			DraftSheet sheet = workbook.sheet("Ⅲ-①-1").orElseThrow();
			sheet.where(Kind.CELL, Field.EFFECT_ACTUAL).stream().filter(c -> c.role().fiscalYear() == 2020)
				.forEach(c -> c.set("多数"));
			sheet.where(Kind.CELL, Field.EFFECT_TARGET).forEach(c -> c.set(1_000_000L)); // must not reach the tables
			sheet.where(Kind.CELL, Field.RATE).forEach(c -> c.set(null));
		});

		JobExecution run = runs.run(inbox, work.resolve("unreadable-out"));

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(errors(run)).contains(
				"R5実施報告_税務課.xlsx Ⅲ-②-7!A16 年度として読めません: 来年度（年度を特定できません: 来年度）",
				"R5実施報告_税務課.xlsx Ⅲ-②-7!- このシートはエラーがあるため取り込みを保留しました（以前に受理した数値を使います）",
				"R5実施報告_財産活用課.xlsx Ⅲ-①-1!E15 数値として読めません: 多数",
				"R5実施報告_財産活用課.xlsx Ⅲ-①-1!- このシートはエラーがあるため取り込みを保留しました（以前に受理した数値を使います）");
		assertThat(errors(run)).hasSize(4);
		assertThat(jdbc.sql("SELECT status FROM submission WHERE job_execution_id = ? ORDER BY file_name").param(run.getId())
			.query(String.class).list()).containsOnly("PARTIALLY_LOADED");
		assertThat(currentSheetsFrom(run)).containsExactlyInAnyOrder("Ⅲ-①-5", "Ⅱ-③-1", "Ⅱ-③-2", "Ⅱ-③-3");
		// Every amount is the tidy one (the held-back sheets keep their accepted figures); only Ⅲ-①-5, now 検討,
		// no longer counts as implemented.
		List<String> tidyRows = tidy.csv().lines().toList();
		List<String> rows = ConsolidatedFigures.of(work.resolve("unreadable-out")).csv().lines().toList();
		assertThat(rows).hasSameSizeAs(tidyRows);
		assertThat(rows.get(0)).isEqualTo(tidyRows.get(0));
		for (int i = 1; i < rows.size(); i++) {
			String[] expected = tidyRows.get(i).split(",", -1);
			String[] actual = rows.get(i).split(",", -1);
			assertThat(List.of(actual).subList(0, 10)).isEqualTo(List.of(expected).subList(0, 10));
			int drop = actual[1].equals("Ⅲ") && actual[3].equals("①") ? 1 : 0;
			assertThat(Integer.parseInt(actual[10])).as(rows.get(i)).isEqualTo(Integer.parseInt(expected[10]) - drop);
		}
		Document summary = Jsoup.parse(work.resolve("unreadable-out").resolve(ReportWriter.SUMMARY).toFile(), "UTF-8");
		assertThat(summary.select("table.findings tr.finding-ERROR").eachText())
			.anyMatch(row -> row.contains("Ⅲ-②-7") && row.contains("A16") && row.contains("来年度"))
			.anyMatch(row -> row.contains("Ⅲ-①-1") && row.contains("E15") && row.contains("多数"));
	}

	private List<String> currentSheetsFrom(JobExecution run) {
		return jdbc.sql("""
				SELECT iv.sheet_name FROM current_item_version cur JOIN item_version iv ON iv.id = cur.id
				JOIN submission s ON s.id = iv.submission_id WHERE s.job_execution_id = ?
				""").param(run.getId()).query(String.class).list();
	}

	private List<String> errors(JobExecution run) {
		return jdbc.sql("""
				SELECT CONCAT(s.file_name, ' ', COALESCE(f.sheet_name, '-'), '!', COALESCE(f.cell_ref, '-'), ' ', f.message)
				FROM finding f JOIN submission s ON s.id = f.submission_id
				WHERE s.job_execution_id = ? AND f.severity = 'ERROR'
				""").param(run.getId()).query(String.class).list();
	}

}
