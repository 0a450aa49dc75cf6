package jp.reform.survey.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.reform.survey.fixture.OgoriDraft;
import jp.reform.survey.fixture.OgoriPlan;
import jp.reform.survey.fixture.draft.DraftWriter;
import jp.reform.survey.workbook.PoiWorkbookReader;
import jp.reform.survey.workbook.WorkbookGrid;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.Severity;

/** Ogori's 16 item cards (seed 001), stacked on three sheets, read in the ogori profile. */
class OgoriLayoutTests {

	private static final OgoriPlan PLAN = OgoriPlan.load();

	@TempDir
	static Path dir;

	private static WorkbookGrid workbook;

	private static SurveyResult result;

	private static Map<Integer, SurveyItem> items;

	@BeforeAll
	static void read() throws Exception {
		Path file = DraftWriter.write(OgoriDraft.workbook(PLAN, LocalDateTime.of(2024, 2, 9, 9, 0)), dir);
		workbook = new PoiWorkbookReader().read(file);
		result = new SurveyReader().read(workbook);
		items = result.items().stream().collect(Collectors.toMap(SurveyItem::itemNo, i -> i));
	}

	@Test
	void everySheetIsDetectedAsOgoriAndEveryCardIsAnItem() {
		assertThat(workbook.sheets()).allSatisfy(
				sheet -> assertThat(new SurveyReader().layoutOf(sheet)).get().extracting(LayoutProfile::name).isEqualTo("ogori"));
		assertThat(PLAN.cards()).hasSize(16);
		assertThat(items).hasSize(16);
		assertThat(result.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
		for (OgoriPlan.Card card : PLAN.cards()) {
			SurveyItem item = items.get(card.number());
			assertThat(item.name()).isEqualTo(card.name());
			assertThat(String.join("、", item.departments())).isEqualTo(card.department());
			assertThat(text(item, Field.CURRENT_STATE, null)).isEqualTo(card.current());
			assertThat(text(item, Field.GOAL, null)).isEqualTo(card.goal());
			assertThat(text(item, Field.RESULT_TEXT, 2022)).isEqualTo(card.rows().get(0).text());
			assertThat(text(item, Field.PLAN_TEXT, 2023)).isEqualTo(card.rows().get(1).text());
			assertThat(text(item, Field.PLAN_TEXT, 2024)).isEqualTo(card.rows().get(2).text());
		}
	}

	@Test
	void thePlanAndItsCategoryComeFromTheProfileDefaults() {
		assertThat(result.cover().planName()).isEqualTo("小郡市行政経営行動計画");
		assertThat(result.cover().planFirstYear()).isEqualTo(2022);
		assertThat(result.cover().planLastYear()).isEqualTo(2026);
		assertThat(result.items()).allSatisfy(item -> {
			assertThat(item.planName()).isEqualTo("小郡市行政経営行動計画");
			assertThat(item.category().code() + " " + item.category().name()).isEqualTo("Ⅰ 実施項目");
			assertThat(item.subcategory().code() + " " + item.subcategory().name()).isEqualTo("① 実施項目");
		});
		assertThat(items.keySet()).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
	}

	@Test
	void yearRowsAreAFiscalYearAndAKind() {
		SurveyItem five = items.get(5);
		assertThat(five.values()).filteredOn(v -> v.field() == Field.YEAR_LABEL)
			.extracting(SourcedValue::fiscalYear, SourcedValue::raw)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2022, "R4年度実績"),
					org.assertj.core.groups.Tuple.tuple(2023, "R5年度計画"), org.assertj.core.groups.Tuple.tuple(2024, "R6年度計画"));
	}

	@Test
	void no5AchievedSeventyPercentOfItsR4Plan() {
		SourcedValue rate = value(items.get(5), Field.RATE, 2022);
		assertThat(rate.number()).isEqualByComparingTo("70");
		assertThat(rate.unit()).isEqualTo("%");
		assertThat(value(items.get(10), Field.RATE, 2022).number()).isEqualByComparingTo("67");
		assertThat(value(items.get(15), Field.RATE, 2022).number()).isEqualByComparingTo("46");
		assertThat(items.get(16).values()).noneMatch(v -> v.field() == Field.RATE); // 「—」: no value
	}

	/** Sentences stating a plan and a result: 16 pairs in the seed (No.15's 「10,93日」 is reported, not guessed). */
	@Test
	void statedPlannedAndActualFiguresArePickedOutOfTheProse() {
		List<SourcedValue> targets = result.items().stream().flatMap(i -> i.values().stream())
			.filter(v -> v.field() == Field.STATED_TARGET).toList();
		List<SourcedValue> actuals = result.items().stream().flatMap(i -> i.values().stream())
			.filter(v -> v.field() == Field.STATED_ACTUAL).toList();
		// 17 sentences state a plan and a result; the one with 「±5,100時間」 and the one with 「10,93日」 are
		// reported instead. Three sentences state two actuals (No.2, No.3 and No.6's 17社 8,685,800円).
		assertThat(targets).hasSize(15);
		assertThat(actuals).hasSize(18);
		assertThat(items.get(2).values()).filteredOn(v -> v.field() == Field.STATED_ACTUAL)
			.extracting(v -> v.number().toPlainString() + " " + v.unit())
			.containsExactly("17000 千円", "3600 千円");
		assertThat(items.get(6).values()).filteredOn(v -> v.field() == Field.STATED_ACTUAL)
			.extracting(v -> v.number().stripTrailingZeros().toPlainString() + " " + v.unit())
			.containsExactly("17 社", "8685.8 千円");
		assertThat(targets).allSatisfy(t -> assertThat(t.fiscalYear()).isEqualTo(2022));

		List<SourcedValue> five = items.get(5).values().stream().filter(v -> v.field() == Field.STATED_TARGET
				|| v.field() == Field.STATED_ACTUAL).toList();
		assertThat(five).extracting(v -> v.field().key() + " " + v.number().toPlainString() + " " + v.unit())
			.containsExactlyInAnyOrder("stated_target 700 品", "stated_actual 831 品", "stated_target 800000 千円",
					"stated_actual 559000 千円");
		assertThat(five).filteredOn(v -> "千円".equals(v.unit()))
			.allSatisfy(v -> assertThat(v.text()).isEqualTo("寄附金額8億円との計画に対し、実績は5.59億円"));
		assertThat(five).allSatisfy(v -> assertThat(v.cell()).isEqualTo(value(items.get(5), Field.RESULT_TEXT, 2022).cell()));

		SourcedValue target = stated(items.get(1), Field.STATED_TARGET);
		assertThat(target.number()).isEqualByComparingTo("1500000");
		assertThat(target.comparator()).isEqualTo("≤");
		SourcedValue actual = stated(items.get(1), Field.STATED_ACTUAL);
		assertThat(actual.number()).isEqualByComparingTo("900000");
		assertThat(actual.approximate()).isTrue();
		assertThat(items.get(6).values()).filteredOn(v -> v.field() == Field.STATED_ACTUAL && "千円".equals(v.unit()))
			.singleElement().satisfies(v -> assertThat(v.number()).isEqualByComparingTo(new BigDecimal("8685.8")));
	}

	@Test
	void anUnreadableStatedFigureIsReportedAtItsCell() {
		assertThat(result.findings()).filteredOn(f -> f.severity() == Severity.WARNING)
			.hasSize(2)
			.allSatisfy(f -> assertThat(f.cell()).isEqualTo(value(items.get(15), Field.RESULT_TEXT, 2022).cell()))
			.extracting(f -> f.message())
			.anySatisfy(m -> assertThat(m).contains("10,93日"))
			.anySatisfy(m -> assertThat(m).contains("±5,100時間", "符号"));
		assertThat(items.get(15).values()).filteredOn(v -> v.field() == Field.STATED_TARGET).isEmpty();
	}

	private static SourcedValue stated(SurveyItem item, Field field) {
		return item.values().stream().filter(v -> v.field() == field).findFirst().orElseThrow();
	}

	static SourcedValue value(SurveyItem item, Field field, Integer year) {
		return item.values().stream()
			.filter(v -> v.field() == field && java.util.Objects.equals(v.fiscalYear(), year))
			.findFirst()
			.orElseThrow(() -> new AssertionError(field + " " + year + " of " + item.name()));
	}

	static String text(SurveyItem item, Field field, Integer year) {
		return value(item, field, year).text();
	}

}
