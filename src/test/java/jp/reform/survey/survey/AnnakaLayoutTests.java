package jp.reform.survey.survey;

import static jp.reform.survey.survey.OgoriLayoutTests.text;
import static jp.reform.survey.survey.OgoriLayoutTests.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.reform.survey.fixture.AnnakaDraft;
import jp.reform.survey.fixture.AnnakaPlan;
import jp.reform.survey.fixture.draft.DraftWorkbook;
import jp.reform.survey.fixture.draft.DraftWriter;
import jp.reform.survey.workbook.PoiWorkbookReader;
import jp.reform.survey.workbook.SheetGrid;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.Finding;
import jp.reform.survey.vocabulary.Severity;

/** Annaka's 33 計画項目シート (seed 004), one workbook per 担当課, read in the annaka profile. */
class AnnakaLayoutTests {

	private static final AnnakaPlan PLAN = AnnakaPlan.load();

	@TempDir
	static Path dir;

	private static final List<SheetGrid> sheets = new ArrayList<>();

	private static final List<SurveyItem> items = new ArrayList<>();

	private static final List<Finding> findings = new ArrayList<>();

	@BeforeAll
	static void read() throws Exception {
		SurveyReader reader = new SurveyReader();
		for (DraftWorkbook draft : AnnakaDraft.workbooks(PLAN, LocalDateTime.of(2025, 6, 2, 9, 0))) {
			var workbook = new PoiWorkbookReader().read(DraftWriter.write(draft, dir));
			sheets.addAll(workbook.sheets());
			SurveyResult result = reader.read(workbook);
			items.addAll(result.items());
			findings.addAll(result.findings());
			assertThat(result.cover().planName()).isEqualTo("安中市第4次行政改革大綱実施計画");
		}
	}

	@Test
	void everySheetIsDetectedAsAnnaka() {
		assertThat(PLAN.items()).hasSize(33);
		assertThat(sheets).hasSize(33);
		assertThat(sheets).allSatisfy(sheet -> assertThat(new SurveyReader().layoutOf(sheet))
			.get().extracting(LayoutProfile::name).isEqualTo("annaka"));
	}

	/**
	 * The seed numbers two different items 2-(3)①: both load, the second as variant 2 of the number, with a
	 * warning at both sheets naming both; every one of the 33 items loads.
	 */
	@Test
	void everyItemLoadsAndBothItemsTheSeedNumbersAlikeAreKept() {
		assertThat(items).hasSize(33);
		assertThat(findings).noneMatch(f -> f.severity() == Severity.ERROR);
		assertThat(findings).filteredOn(f -> f.severity() == Severity.WARNING)
			.hasSize(2)
			.extracting(Finding::sheet)
			.containsExactly("2-(3)-①", "2-(3)-①(2)");
		assertThat(findings).filteredOn(f -> f.severity() == Severity.WARNING)
			.allSatisfy(f -> assertThat(f.message()).contains("コンプライアンスの徹底", "職員研修の拡充", "2-③-1(2)"));
		assertThat(item("コンプライアンスの徹底").variant()).isEqualTo(1);
		assertThat(item("職員研修の拡充").variant()).isEqualTo(2);
		assertThat(item("職員研修の拡充").code()).isEqualTo("2-③-1(2)");
		for (AnnakaPlan.Item expected : PLAN.items()) {
			SurveyItem item = item(expected.item().substring(1));
			assertThat(item.departments()).containsExactly(expected.department());
			assertThat(text(item, Field.CURRENT_STATE, null)).isEqualTo(expected.current());
			assertThat(text(item, Field.ACTIVITIES, null)).isEqualTo(expected.activities());
			assertThat(text(item, Field.GOAL, null)).isEqualTo(expected.goal());
			assertThat(item.values().stream().filter(v -> v.field() == Field.RELATED_DEPARTMENTS).map(SourcedValue::text)
				.findFirst()).isEqualTo(expected.related().isEmpty() ? Optional.empty()
						: Optional.of(expected.related().replace("、", "\n"))); // stored one per line
			for (AnnakaPlan.Year year : expected.years()) {
				assertThat(text(item, Field.PLAN_TEXT, year.fiscalYear())).isEqualTo(year.plan());
			}
		}
	}

	@Test
	void categoriesAndNumbersComeFromThePolicyPromotionAndItemLabels() {
		SurveyItem first = item("情報提供の手段と機会の拡充");
		assertThat(first.category().code() + " " + first.category().name()).isEqualTo("1 市民ニーズの把握と協働");
		assertThat(first.subcategory().ordinal()).isEqualTo(1);
		assertThat(first.subcategory().name()).isEqualTo("市民ニーズに応じたわかりやすい情報の発信");
		assertThat(first.itemNo()).isEqualTo(1);
		assertThat(item("財務諸表の活用").itemNo()).isEqualTo(5); // printed 「➄」
		assertThat(item("住民団体（ＮＰＯ、ボランティアなど）の支援体制の確立").itemNo()).isEqualTo(2);
	}

	@Test
	void bareYearsSevenToElevenAreReiwaYearsOfThePlan() {
		assertThat(item("情報提供の手段と機会の拡充").values()).filteredOn(v -> v.field() == Field.YEAR_LABEL)
			.extracting(SourcedValue::fiscalYear)
			.containsExactly(2025, 2026, 2027, 2028, 2029);
		assertThat(text(item("情報提供の手段と機会の拡充"), Field.YEAR_LABEL, 2025)).isEqualTo("令和7年度");
		assertThat(value(item("情報提供の手段と機会の拡充"), Field.YEAR_LABEL, 2025).raw()).isEqualTo("7");
	}

	@Test
	void targetsWrittenAsTextGiveTheirFigureAndLabel() {
		SourcedValue women = value(item("女性管理職の登用促進"), Field.KPI_TARGET, 2025);
		assertThat(women.number()).isEqualByComparingTo("22.0");
		assertThat(women.unit()).isEqualTo("%");
		assertThat(women.comparator()).isNull();
		assertThat(women.text()).isEqualTo("管理職に占める女性の割合");
		assertThat(women.raw()).isEqualTo("管理職に占\nめる女性の\n割合22.0％");
		assertThat(value(item("女性管理職の登用促進"), Field.KPI_TARGET, 2029).number()).isEqualByComparingTo("30.0");

		SourcedValue exchange = value(item("職員の外部派遣等の推進・外部人材の積極的受入れと登用"), Field.KPI_TARGET, 2027);
		assertThat(exchange.number()).isEqualByComparingTo("1");
		assertThat(exchange.comparator()).isEqualTo("≥");
		assertThat(exchange.unit()).isEqualTo("名");
		assertThat(exchange.text()).isEqualTo("人事交流");

		SourcedValue adopters = value(item("河川・道路アダプト（里親）の制度の推進"), Field.KPI_TARGET, 2025);
		assertThat(adopters.number()).isEqualByComparingTo("40");
		assertThat(adopters.unit()).isEqualTo("団体");

		SourcedValue donations = value(item("ふるさと納税の積極的な推進"), Field.KPI_TARGET, 2029);
		assertThat(donations.number()).isEqualByComparingTo("800000");
		assertThat(donations.unit()).isEqualTo("千円");

		assertThat(value(item("行政区の課題解決に向けた取組"), Field.KPI_TARGET, 2026).number()).isEqualByComparingTo("99");
	}

	@Test
	void targetsWithSeveralFiguresOrADeadlineGiveEachFigureAtTheirCell() {
		List<SourcedValue> awareness = values(item("行政改革大綱の職員への浸透"), Field.KPI_TARGET, 2025);
		assertThat(awareness).extracting(SourcedValue::text, v -> v.number().stripTrailingZeros().toPlainString(),
				SourcedValue::unit)
			.containsExactly(tuple("知っている", "91", "%"), tuple("内容も把握", "30", "%"));
		assertThat(awareness).allSatisfy(v -> assertThat(v.raw()).isEqualTo("知っている\n91.0％\n内容も把握\n30.0％"));
		assertThat(awareness).extracting(SourcedValue::cell).containsOnly(awareness.get(0).cell());
		// 「公表時期 8月までに」 in 令和7年度 is 2025年8月; 「2月までに 公表」 falls in the next calendar year
		assertThat(PLAN.items().stream().flatMap(i -> i.years().stream()).filter(y -> y.target().contains("8月までに")))
			.isNotEmpty();
		SourcedValue august = items.stream()
			.flatMap(i -> i.values().stream())
			.filter(v -> v.field() == Field.KPI_TARGET && v.fiscalYear() == 2025 && v.raw().contains("8月までに"))
			.findFirst()
			.orElseThrow();
		assertThat(august.number()).isEqualByComparingTo("202508");
		assertThat(august.unit()).isEqualTo("年月");
		assertThat(august.comparator()).isEqualTo("≤");
		assertThat(august.text()).isEqualTo("公表時期");
		assertThat(items.stream().flatMap(i -> i.values().stream())
			.filter(v -> v.field() == Field.KPI_TARGET && v.fiscalYear() == 2026 && v.raw().startsWith("2月までに")))
			.isNotEmpty()
			.allSatisfy(v -> assertThat(v.number()).isEqualByComparingTo("202702"));
		assertThat(findings).noneMatch(f -> f.severity() == Severity.ERROR);
	}

	@Test
	void targetsWithoutAFigureAreKeptAsText() {
		SourcedValue staff = value(item("採用試験制度と任用制度の拡充"), Field.KPI_TARGET, 2025);
		assertThat(staff.number()).isNull();
		assertThat(staff.text()).isEqualTo("適正な人員数を確保");
		assertThat(item("今後の財政見通しの作成と公表").values()).noneMatch(v -> v.field() == Field.KPI_TARGET); // 「-」
	}

	private static List<SourcedValue> values(SurveyItem item, Field field, int year) {
		return item.values().stream().filter(v -> v.field() == field && Integer.valueOf(year).equals(v.fiscalYear())).toList();
	}

	private static SurveyItem item(String name) {
		return items.stream().filter(i -> i.name().equals(name)).findFirst()
			.orElseThrow(() -> new AssertionError("no item " + name));
	}

}
