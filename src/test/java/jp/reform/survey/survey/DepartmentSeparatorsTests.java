package jp.reform.survey.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jp.reform.survey.fixture.AnnakaDraft;
import jp.reform.survey.fixture.AnnakaPlan;
import jp.reform.survey.fixture.OgoriDraft;
import jp.reform.survey.fixture.OgoriPlan;
import jp.reform.survey.fixture.Plan;
import jp.reform.survey.fixture.SampleInbox;
import jp.reform.survey.fixture.StandardDraft;
import jp.reform.survey.fixture.draft.DraftCell;
import jp.reform.survey.fixture.draft.DraftSheet;
import jp.reform.survey.fixture.draft.DraftWorkbook;
import jp.reform.survey.fixture.draft.DraftWriter;
import jp.reform.survey.fixture.draft.Role.Kind;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.Severity;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.workbook.GuardedWorkbookReader;
import jp.reform.survey.workbook.StreamingWorkbookReader;
import jp.reform.survey.workbook.WorkbookLimits;
import jp.reform.survey.workbook.WorkbookReader;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 所管課 / 担当課 and 関係課 with several departments, typed with each separator people use, in each shipped
 * layout and as .xlsx and .xls, read by the product's reader: every department is kept, in the order typed,
 * and 「・」 inside a name (業務改善・DX推進課, 政策・デジタル推進課) never splits it. The stored value is the list
 * one per line whatever the separator; the raw value keeps what was typed.
 */
class DepartmentSeparatorsTests {

	private static final List<String> SEPARATORS = List.of("\n", "\r\n", "、", ",", "，", " ", "　", "、\n", " ， ");

	private static final Plan IIZUKA = Plan.iizuka2023();

	private static final OgoriPlan OGORI = OgoriPlan.load();

	private static final AnnakaPlan ANNAKA = AnnakaPlan.load();

	/** Departments Annaka's 担当課 gets besides its own, to have several there too. */
	private static final String ANNAKA_SECOND = "業務改善・DX推進課";

	private final WorkbookReader reader = new GuardedWorkbookReader(new StreamingWorkbookReader(),
			WorkbookLimits.defaults());

	private final SurveyReader surveys = new SurveyReader();

	@TempDir
	Path dir;

	static Stream<Arguments> typings() {
		List<Arguments> all = new ArrayList<>();
		for (String extension : List.of(".xlsx", ".xls")) {
			for (String separator : SEPARATORS) {
				all.add(Arguments.of(extension, separator));
			}
		}
		return all.stream();
	}

	@ParameterizedTest(name = "{0} separated by [{1}]")
	@MethodSource("typings")
	void standardLayout(String extension, String separator) throws Exception {
		Map<String, List<String>> expected = new LinkedHashMap<>();
		int multi = 0;
		for (Map.Entry<String, List<jp.reform.survey.fixture.SurveyItem>> lead : SampleInbox.byLeadDepartment(IIZUKA)
			.entrySet()) {
			if (lead.getValue().stream().allMatch(i -> i.departments().size() == 1)) {
				continue;
			}
			DraftWorkbook workbook = StandardDraft.workbook(IIZUKA, lead.getKey(), LocalDate.of(2024, 5, 10),
					lead.getValue());
			for (DraftSheet sheet : workbook.sheets()) {
				retype(sheet, Field.DEPARTMENTS, "\n", separator);
			}
			lead.getValue().forEach(i -> expected.put(i.sheetName(), i.departments()));
			multi += (int) lead.getValue().stream().filter(i -> i.departments().size() > 1).count();
			for (SurveyItem item : read(workbook.extension(extension))) {
				assertThat(item.departments()).as(item.sheet()).containsExactlyElementsOf(expected.get(item.sheet()));
				assertStored(item, Field.DEPARTMENTS, item.departments(), item.departments().size() > 1 ? separator : "");
				expected.remove(item.sheet());
			}
		}
		assertThat(expected).as("items not read").isEmpty();
		assertThat(multi).as("items with several 所管課 in the sample").isEqualTo(16);
	}

	@ParameterizedTest(name = "{0} separated by [{1}]")
	@MethodSource("typings")
	void ogoriLayout(String extension, String separator) throws Exception {
		DraftWorkbook workbook = OgoriDraft.workbook(OGORI, LocalDateTime.of(2024, 2, 9, 9, 0));
		for (DraftSheet sheet : workbook.sheets()) {
			for (DraftCell cell : sheet.where(Kind.FORM_VALUE)) {
				if (cell.value() instanceof String text && text.contains("、") && isDepartmentCell(sheet, cell)) {
					cell.set(text.replace("、", separator));
				}
			}
		}
		List<SurveyItem> items = read(workbook.extension(extension));
		assertThat(items).hasSize(16);
		for (OgoriPlan.Card card : OGORI.cards()) {
			SurveyItem item = items.stream().filter(i -> i.itemNo() == card.number()).findFirst().orElseThrow();
			List<String> departments = List.of(card.department().split("、"));
			assertThat(item.departments()).as(card.no()).containsExactlyElementsOf(departments);
			assertStored(item, Field.DEPARTMENTS, departments, departments.size() > 1 ? separator : "");
		}
	}

	@ParameterizedTest(name = "{0} separated by [{1}]")
	@MethodSource("typings")
	void annakaLayout(String extension, String separator) throws Exception {
		List<DraftWorkbook> workbooks = AnnakaDraft.workbooks(ANNAKA, LocalDateTime.of(2025, 6, 2, 9, 0));
		for (DraftWorkbook workbook : workbooks) {
			for (DraftSheet sheet : workbook.sheets()) {
				DraftCell department = sheet.at(3, 1).orElseThrow();
				department.set(department.value() + separator + ANNAKA_SECOND);
				sheet.at(3, 4).ifPresent(related -> related.set(((String) related.value()).replace("、", separator)));
			}
		}
		List<SurveyItem> items = new ArrayList<>();
		for (DraftWorkbook workbook : workbooks) {
			items.addAll(read(workbook.extension(extension)));
		}
		assertThat(items).hasSize(33);
		int relatedSeveral = 0;
		for (AnnakaPlan.Item expected : ANNAKA.items()) {
			SurveyItem item = items.stream().filter(i -> i.name().equals(expected.item().substring(1))).findFirst().orElseThrow();
			assertThat(item.departments()).as(expected.item()).containsExactly(expected.department(), ANNAKA_SECOND);
			assertStored(item, Field.DEPARTMENTS, item.departments(), separator);
			if (!expected.related().isEmpty()) {
				List<String> related = List.of(expected.related().split("、"));
				relatedSeveral += related.size() > 1 ? 1 : 0;
				assertStored(item, Field.RELATED_DEPARTMENTS, related, related.size() > 1 ? separator : "");
			}
		}
		assertThat(relatedSeveral).as("関係課 naming several departments in the seed").isEqualTo(2);
	}

	/** The stored value is the departments one per line; the raw value is what was typed. */
	private static void assertStored(SurveyItem item, Field field, List<String> departments, String separator) {
		SourcedValue value = item.values().stream().filter(v -> v.field().equals(field)).findFirst().orElseThrow();
		assertThat(value.text()).as(item.sheet() + " " + field).isEqualTo(String.join("\n", departments));
		if (!separator.isEmpty()) {
			assertThat(value.raw().replace("\r", "")).as(item.sheet() + " " + field + " raw")
				.contains(separator.replace("\r", ""));
		}
	}

	private static void retype(DraftSheet sheet, Field field, String from, String to) {
		for (DraftCell cell : sheet.where(Kind.FORM_VALUE, field)) {
			cell.set(((String) cell.value()).replace(from, to));
		}
	}

	/** Ogori's card puts 担当課 in column F of the card's first row, after its label. */
	private static boolean isDepartmentCell(DraftSheet sheet, DraftCell cell) {
		return sheet.at(cell.row(), cell.col() - 1).map(label -> "担当課".equals(label.value())).orElse(false);
	}

	private List<SurveyItem> read(DraftWorkbook workbook) throws Exception {
		Path file = DraftWriter.write(workbook, Files.createDirectories(dir.resolve(workbook.fileName() + ".d")));
		SurveyResult result = surveys.read(reader.read(file));
		assertThat(result.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
		return result.items();
	}

}
