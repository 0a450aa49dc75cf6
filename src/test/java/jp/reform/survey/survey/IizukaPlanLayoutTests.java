package jp.reform.survey.survey;

import static jp.reform.survey.fixture.IizukaPlanDraft.TABLET_ACTIVITIES;
import static jp.reform.survey.fixture.IizukaPlanDraft.TABLET_R6_STATUS;
import static jp.reform.survey.fixture.IizukaPlanDraft.TALENT_ACTIVITIES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.reform.survey.fixture.IizukaPlanDraft;
import jp.reform.survey.fixture.draft.DraftWorkbook;
import jp.reform.survey.fixture.draft.DraftWriter;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.Finding;
import jp.reform.survey.vocabulary.Severity;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.workbook.PoiWorkbookReader;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Iizuka's plan cards (seed 002) read in the shipped iizuka-plan profile: every text and activity × year at its cell. */
class IizukaPlanLayoutTests {

	@TempDir
	static Path dir;

	private static SurveyResult result;

	private static SurveyResult talentResult;

	private static Map<String, SurveyItem> items;

	@BeforeAll
	static void read() throws Exception {
		List<DraftWorkbook> workbooks = IizukaPlanDraft.workbooks(LocalDateTime.of(2025, 4, 30, 9, 0));
		SurveyReader reader = new SurveyReader();
		result = reader.read(new PoiWorkbookReader().read(DraftWriter.write(workbooks.get(0), dir)));
		talentResult = reader.read(new PoiWorkbookReader().read(DraftWriter.write(workbooks.get(1), dir)));
		items = java.util.stream.Stream.of(result, talentResult)
			.flatMap(r -> r.items().stream())
			.collect(Collectors.toMap(SurveyItem::name, i -> i));
	}

	@Test
	void bothCardsAreItemsOfThePlanInTheShippedProfile() {
		assertThat(java.util.stream.Stream.of(result, talentResult).flatMap(r -> r.items().stream()).toList())
			.extracting(SurveyItem::sheet, SurveyItem::planName,
				i -> i.category().code() + " " + i.category().name() + " / " + i.subcategory().code() + " "
						+ i.subcategory().name(),
				SurveyItem::itemNo, SurveyItem::name, SurveyItem::departments)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("取組1", IizukaPlanDraft.PLAN, "(2) 情報・デジタル化 / ① 業務の効率化", 1,
							IizukaPlanDraft.TABLET, List.of("都市建設部各課など")),
					org.assertj.core.groups.Tuple.tuple("取組2", IizukaPlanDraft.PLAN, "(2) 情報・デジタル化 / ① 業務の効率化", 2,
							IizukaPlanDraft.TALENT, List.of("人事課")));
		assertThat(talentResult.findings()).filteredOn(f -> f.severity() != Severity.NOTE).isEmpty();
		assertThat(result.cover().planFirstYear()).isEqualTo(2024);
		assertThat(result.cover().planLastYear()).isEqualTo(2026);
	}

	@Test
	void theOverviewTextsAreStoredAtTheirCells() {
		SurveyItem tablet = items.get(IizukaPlanDraft.TABLET);
		assertThat(form(tablet, Field.POLICY)).startsWith("現地確認等が必要な業務において").endsWith(" B6");
		assertThat(form(tablet, Field.RELATED_DEPARTMENTS)).isEqualTo("業務改善・DX推進課 B8");
		assertThat(form(tablet, Field.GOAL)).startsWith("現地確認等において、書面ではなく").endsWith(" B9");
		assertThat(form(tablet, Field.REFERENCE_CASES)).isEqualTo("飯塚市では企業局（水道課、下水道課）で実用化済み B11");
	}

	/** 「タブレット端末数：〇台」 is a target not set yet: text, a warning at its cell, never a number. */
	@Test
	void aKpiWithAPlaceholderIsTextAndAWarning() {
		SourcedValue kpi = value(items.get(IizukaPlanDraft.TABLET), Field.KPI_GOAL);
		assertThat(kpi.number()).isNull();
		assertThat(kpi.text()).isEqualTo("タブレット端末数：〇台 (1課に〇台程度)");
		assertThat(kpi.cell()).isEqualTo("B10");
		assertThat(result.findings()).filteredOn(f -> f.severity() != Severity.NOTE)
			.containsExactly(Finding.warning("取組1", "B10",
					"目標値（KPI）が未定です（「〇」のままです）: タブレット端末数：〇台 (1課に〇台程度)"));
		SourcedValue set = value(items.get(IizukaPlanDraft.TALENT), Field.KPI_GOAL);
		assertThat(set.number()).isEqualByComparingTo("30");
		assertThat(set.unit()).isEqualTo("人");
		assertThat(set.text()).isEqualTo("DX・情報化に関する資格取得者数");
	}

	@Test
	void everyActivityOfTheTabletCardWithItsPlanPerYearAndItsStatusRow() {
		SurveyItem tablet = items.get(IizukaPlanDraft.TABLET);
		assertThat(YearsAcrossLayoutTests.values(tablet, Field.YEAR_LABEL)).containsExactly(
				"2024 令和6年度 R6(2024) B13", "2025 令和7年度 R7(2025) C13", "2026 令和8年度 R8(2026) D13");
		assertThat(lines(tablet, Field.ACTIVITY)).containsExactly("1 null " + TABLET_ACTIVITIES[0][0] + " A14",
				"2 null " + TABLET_ACTIVITIES[1][0] + " A16", "3 null " + TABLET_ACTIVITIES[2][0] + " A18",
				"4 null " + TABLET_ACTIVITIES[3][0] + " A20");
		assertThat(lines(tablet, Field.ACTIVITY_PLAN)).containsExactly(
				"1 2024 " + TABLET_ACTIVITIES[0][1] + " B14", "1 2025 " + TABLET_ACTIVITIES[0][2] + " C14",
				"1 2026 " + TABLET_ACTIVITIES[0][3] + " D14", "2 2024 " + TABLET_ACTIVITIES[1][1] + " B16",
				"2 2025 " + TABLET_ACTIVITIES[1][2] + " C16", "2 2026 " + TABLET_ACTIVITIES[1][3] + " D16",
				"3 2025 試行及び検証 C18", "4 2026 本格実施及び検証 D20");
		assertThat(lines(tablet, Field.ACTIVITY_RESULT)).containsExactly("1 2024 " + TABLET_R6_STATUS[0] + " B15",
				"2 2024 " + TABLET_R6_STATUS[1] + " B17");
	}

	@Test
	void statusBesideEachYearsPlanUnderSubHeaders() {
		SurveyItem talent = items.get(IizukaPlanDraft.TALENT);
		assertThat(lines(talent, Field.ACTIVITY)).containsExactly("1 null " + TALENT_ACTIVITIES[0][0] + " A15",
				"2 null " + TALENT_ACTIVITIES[1][0] + " A16");
		assertThat(lines(talent, Field.ACTIVITY_PLAN)).containsExactly("1 2024 " + TALENT_ACTIVITIES[0][1] + " B15",
				"1 2025 " + TALENT_ACTIVITIES[0][3] + " D15", "1 2026 " + TALENT_ACTIVITIES[0][5] + " F15",
				"2 2024 " + TALENT_ACTIVITIES[1][1] + " B16", "2 2025 " + TALENT_ACTIVITIES[1][3] + " D16",
				"2 2026 " + TALENT_ACTIVITIES[1][5] + " F16");
		assertThat(lines(talent, Field.ACTIVITY_RESULT)).containsExactly("1 2024 " + TALENT_ACTIVITIES[0][2] + " C15",
				"2 2024 " + TALENT_ACTIVITIES[1][2] + " C16");
	}

	private static SourcedValue value(SurveyItem item, Field field) {
		return item.values().stream().filter(v -> v.field() == field).findFirst().orElseThrow();
	}

	private static String form(SurveyItem item, Field field) {
		SourcedValue v = value(item, field);
		return v.text() + " " + v.cell();
	}

	/** "line year text cell" of each value of a field. */
	private static List<String> lines(SurveyItem item, Field field) {
		return item.values()
			.stream()
			.filter(v -> v.field() == field)
			.map(v -> v.line() + " " + v.fiscalYear() + " " + v.text() + " " + v.cell())
			.toList();
	}

}
