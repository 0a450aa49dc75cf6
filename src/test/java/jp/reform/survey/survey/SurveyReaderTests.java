package jp.reform.survey.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import jp.reform.survey.workbook.SheetGrid;
import jp.reform.survey.workbook.WorkbookGrid;

import org.junit.jupiter.api.Test;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.Finding;
import jp.reform.survey.vocabulary.Severity;

class SurveyReaderTests {

	private final SurveyReader reader = new SurveyReader();

	@Test
	void findsDecoratedLabelsWhereverTheySitAndResolvesArrows() {
		SheetGrid sheet = Grids.sheet("シート1")
			.row(1, 2, "１．計画名", "第2次行財政改革後期実施計画")
			.row(3, 2, "大 分 類：", "Ⅲ 持続可能で健全な財政基盤の確立")
			.row(4, 2, "中分類", "② 歳入歳出の適正化の推進")
			.row(5, 2, "No.", 7)
			.row(6, 2, "実施\n項目", "固定資産税の課税客体の適切な把握")
			.row(7, 2, "所管課", "税務課\n財政課")
			.row(8, 2, "成果指標", "効果額 (千円)")
			.row(11, 3, "年度", "進捗", "効果額（円）", "実施スケジュール")
			.row(12, 3, "令和元年度", "検討", "46,492,000円", "実施")
			.row(14, 3, "R2", "↓", 79152000, "↓")
			.row(15, 3, "令和3年度", "実施", "△ 395,000", "↓")
			.build();

		SurveyResult result = read(sheet);

		assertThat(result.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
		SurveyItem item = result.items().get(0);
		assertThat(item.category().code()).isEqualTo("Ⅲ");
		assertThat(item.subcategory().code()).isEqualTo("②");
		assertThat(item.itemNo()).isEqualTo(7);
		assertThat(item.departments()).containsExactly("税務課", "財政課");
		assertThat(item.kpiName()).isEqualTo("効果額");
		assertThat(item.kpiUnit()).isEqualTo("千円");
		assertThat(values(item, Field.EFFECT_ACTUAL)).containsExactly(new BigDecimal("46492"), new BigDecimal("79152"),
				new BigDecimal("-395"));
		assertThat(texts(item, Field.PROGRESS)).containsExactly("検討", "検討", "実施");
		assertThat(texts(item, Field.SCHEDULE)).containsExactly("実施", "実施", "実施");
		SourcedValue second = item.values()
			.stream()
			.filter(v -> v.field() == Field.EFFECT_ACTUAL && v.fiscalYear() == 2020)
			.findFirst()
			.orElseThrow();
		assertThat(second.cell()).isEqualTo("F15");
		assertThat(second.sheet()).isEqualTo("シート1");
	}

	/** The shipped profile names KPIs that improve as they fall; the item carries that word at its KPI cell. */
	@Test
	void aKpiTheProfileNamesAsLowerIsBetterCarriesItsDirectionAtItsCell() {
		SheetGrid overtime = itemSheet("時間外", 1).row(8, 2, "成果指標", "職員1人当たり時間外勤務時間 (時間)")
			.row(12, 0, "令和5年度", "実施", 100)
			.build();
		SheetGrid members = itemSheet("加入率", 2).row(8, 2, "成果指標", "自治会加入率 (%)")
			.row(12, 0, "令和5年度", "実施", 100)
			.build();

		SurveyResult result = read(overtime, members);

		SurveyItem lower = result.items().stream().filter(i -> i.itemNo() == 1).findFirst().orElseThrow();
		assertThat(lower.values()).filteredOn(v -> v.field() == Field.KPI_DIRECTION)
			.extracting(SourcedValue::text, SourcedValue::sheet, SourcedValue::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("低いほど良い", "時間外", "D9"));
		SurveyItem higher = result.items().stream().filter(i -> i.itemNo() == 2).findFirst().orElseThrow();
		assertThat(higher.values()).noneMatch(v -> v.field() == Field.KPI_DIRECTION);
	}

	@Test
	void anUnreadableYearHoldsBackThatSheetOnlyAndNamesTheCell() {
		SheetGrid bad = itemSheet("悪い", 1).row(12, 0, "来年度", "実施", 100).build();
		SheetGrid good = itemSheet("良い", 2).row(12, 0, "令和5年度", "実施", 100).build();

		SurveyResult result = read(bad, good);

		assertThat(result.items()).extracting(SurveyItem::itemNo).containsExactly(2);
		assertThat(result.findings()).anySatisfy(f -> {
			assertThat(f.severity()).isEqualTo(Severity.ERROR);
			assertThat(f.sheet()).isEqualTo("悪い");
			assertThat(f.cell()).isEqualTo("A13");
			assertThat(f.message()).contains("来年度");
		});
	}

	@Test
	void anUnreadableAmountAndAFormulaErrorAreErrorsAtTheirCells() {
		SheetGrid sheet = itemSheet("項目", 1).row(12, 0, "令和5年度", "実施", "多数").row(13, 0, "令和4年度", "実施").build();
		sheet.put(new jp.reform.survey.workbook.GridCell(13, 2, null, null, null, "General", "#REF!", true));

		SurveyResult result = read(sheet);

		assertThat(result.items()).isEmpty();
		assertThat(result.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
			.extracting(Finding::cell)
			.contains("C13", "C14");
	}

	@Test
	void totalRowAndEnteredRateAreCheckedAsWarnings() {
		SheetGrid sheet = itemSheet("項目", 1).row(11, 0, "年度", "進捗", "効果額", "効果目標額", "達成率")
			.row(12, 0, "令和元年度", "実施", 8161, 11000, 74.19)
			.row(13, 0, "令和2年度", "実施", 7833, 11000, 80)
			.row(14, 0, "計", null, 16000, 22000)
			.build();

		SurveyResult result = read(sheet);

		assertThat(result.items()).hasSize(1);
		assertThat(result.findings()).filteredOn(f -> f.severity() == Severity.WARNING)
			.extracting(Finding::cell)
			.containsExactlyInAnyOrder("E14", "C15");
	}

	@Test
	void hiddenEmptyAndNonItemSheetsAreSkippedWithANote() {
		SheetGrid list = Grids.hiddenSheet("リスト").row(0, 0, "実施", "検討").build();
		SheetGrid memo = Grids.sheet("メモ").row(0, 0, "連絡事項", "特になし").build();
		SheetGrid empty = Grids.sheet("空").build();
		SheetGrid item = itemSheet("項目", 1).row(12, 0, "令和5年度", "実施", 1).build();

		SurveyResult result = read(list, memo, empty, item);

		assertThat(result.items()).hasSize(1);
		assertThat(result.findings()).filteredOn(f -> f.severity() == Severity.NOTE)
			.extracting(Finding::sheet)
			.containsExactly("リスト", "メモ", "空");
	}

	@Test
	void aBareYearTakesTheEraOfThePlanFromTheCover() {
		SheetGrid cover = Grids.sheet("表紙")
			.row(0, 1, "計画名", "第4次行革大綱")
			.row(1, 1, "計画期間", "令和7年度～令和11年度")
			.row(2, 1, "提出日", "2025/5/9")
			.build();
		SheetGrid item = itemSheet("項目", 1).row(12, 0, 7, "実施", 10).build();

		SurveyResult result = read(cover, item);

		assertThat(result.cover().planFirstYear()).isEqualTo(2025);
		assertThat(result.cover().submittedAt().toLocalDate()).isEqualTo(java.time.LocalDate.of(2025, 5, 9));
		assertThat(result.items().get(0).values()).anySatisfy(v -> {
			assertThat(v.field()).isEqualTo(Field.EFFECT_ACTUAL);
			assertThat(v.fiscalYear()).isEqualTo(2025);
		});
	}

	/** A minimal valid item sheet with its year-table header on row 12 (index 11): 年度 | 進捗 | 効果額. */
	private static Grids itemSheet(String name, int no) {
		return Grids.sheet(name)
			.row(0, 0, "計画名", "第2次行財政改革後期実施計画")
			.row(1, 0, "大分類", "Ⅱ 効果的で効率的な行政運営の推進")
			.row(2, 0, "中分類", "① 事務事業の効果的・効率的な見直し")
			.row(3, 0, "No.", no)
			.row(4, 0, "実施項目", "項目" + no)
			.row(5, 0, "所管課", "財政課")
			.row(11, 0, "年度", "進捗", "効果額");
	}

	private SurveyResult read(SheetGrid... sheets) {
		return reader.read(new WorkbookGrid("test.xlsx", List.of(sheets), null));
	}

	private static List<BigDecimal> values(SurveyItem item, Field field) {
		return item.values().stream().filter(v -> v.field() == field).map(SourcedValue::number).toList();
	}

	private static List<String> texts(SurveyItem item, Field field) {
		return item.values().stream().filter(v -> v.field() == field).map(SourcedValue::text).toList();
	}

}
