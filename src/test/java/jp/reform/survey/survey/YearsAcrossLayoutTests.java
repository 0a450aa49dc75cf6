package jp.reform.survey.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jp.reform.survey.fixture.YearsAcrossDraft;
import jp.reform.survey.fixture.draft.DraftWorkbook;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.Finding;
import jp.reform.survey.vocabulary.Severity;
import jp.reform.survey.vocabulary.SourcedValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 縦型フォーム + 年度横並び: the form labels down column A, the years across row 9, read with the office's profile
 * ({@code yearTable.yearsAcross}, {@code rows}). Each value is asserted with the cell it was typed in.
 */
class YearsAcrossLayoutTests {

	@TempDir
	static Path dir;

	private static List<SurveyResult> results;

	private static OfficeReader reader;

	@BeforeAll
	static void read() throws Exception {
		reader = OfficeReader.of(dir, "tatekei", YearsAcrossDraft.PROFILE);
		results = reader.readAll(YearsAcrossDraft.workbooks(LocalDateTime.of(2025, 5, 20, 9, 0)));
	}

	@Test
	void everySheetIsOneItemOfTheOfficesLayout() {
		assertThat(results).flatExtracting(SurveyResult::items)
			.extracting(SurveyItem::sheet, SurveyItem::planName, i -> i.category().code() + i.subcategory().code(),
					SurveyItem::itemNo, SurveyItem::name, SurveyItem::leadDepartment)
			.containsExactly(tuple("取組1", YearsAcrossDraft.PLAN, "Ⅰ①", 1, "市税の収納率向上", "税務課"),
					tuple("取組2", YearsAcrossDraft.PLAN, "Ⅰ①", 2, "使用料の見直し", "税務課"),
					tuple("取組", YearsAcrossDraft.PLAN, "Ⅱ①", 1, "事務事業の見直し", "財政課"),
					tuple("時間外勤務", YearsAcrossDraft.PLAN, "Ⅱ②", 1, "時間外勤務の縮減", "人事課"));
		assertThat(results).flatExtracting(SurveyResult::findings).filteredOn(f -> f.severity() != Severity.NOTE)
			.containsExactly(Finding.warning("時間外勤務", "A14",
					"行の見出し「担当者メモ」は様式定義（yearTable.rows）にないため、この行の値は読み込んでいません"));
	}

	@Test
	void yearsAcrossTheHeaderRowInAnyOfTheirFormsAreFiscalYearsAtTheirCells() {
		assertThat(values(item("取組1"), Field.YEAR_LABEL)).containsExactly("2023 令和5年度 R5 B9",
				"2024 令和6年度 R6(2024) C9", "2025 令和7年度 令和7年度 D9");
		assertThat(values(item("取組2"), Field.YEAR_LABEL)).containsExactly("2023 令和5年度 5 B9", "2024 令和6年度 6 D9",
				"2025 令和7年度 7 F9");
		assertThat(values(item("取組"), Field.YEAR_LABEL)).containsExactly("2023 令和5年度 2023年度 B9",
				"2024 令和6年度 FY2024 C9", "2025 令和7年度 Ｒ７ D9");
	}

	@Test
	void eachRowLabelGivesItsFieldPerYear() {
		SurveyItem tax = item("取組1");
		assertThat(values(tax, Field.SCHEDULE)).containsExactly("2023 実施 実施 B10", "2024 実施 実施 C10",
				"2025 実施 ↓ D10");
		assertThat(values(tax, Field.PROGRESS)).containsExactly("2023 実施 実施 B11", "2024 検討 検討 C11");
		assertThat(values(tax, Field.EFFECT_TARGET)).containsExactly("2023 1000 1000 B12", "2024 1200 １，２００ C12",
				"2025 1500 1500 D12");
		// ▲ typed as text and a negative number shown with ▲; the blank 令和7年度 stays no value, never 0
		assertThat(values(tax, Field.EFFECT_ACTUAL)).containsExactly("2023 -200 ▲200 B13", "2024 -50 -50 C13");
		assertThat(tax.values()).allSatisfy(v -> assertThat(v.sheet()).isEqualTo("取組1"));
	}

	@Test
	void aYearMergedOverTwoColumnsReadsTheValueUnderIt() {
		SurveyItem fees = item("取組2");
		assertThat(values(fees, Field.SCHEDULE)).containsExactly("2023 検討 検討 B10", "2024 実施 実施 D10",
				"2025 実施 実施 F10");
		assertThat(values(fees, Field.EFFECT_ACTUAL)).containsExactly("2023 0 0 B12", "2024 280 280 D12");
	}

	@Test
	void otherDepartmentsSpellingsOfYearsAndNegatives() {
		assertThat(values(item("取組"), Field.EFFECT_ACTUAL)).containsExactly("2023 -1200 -1200 B13",
				"2024 -300 △300 C13");
		assertThat(values(item("時間外勤務"), Field.EFFECT_ACTUAL)).containsExactly("2023 2100 2100 B13",
				"2024 1900 1900 C13");
	}

	@Test
	void aDisagreeingTotalColumnIsAWarningAtItsCell() throws Exception {
		List<DraftWorkbook> workbooks = YearsAcrossDraft.workbooks(LocalDateTime.of(2025, 5, 20, 9, 0));
		workbooks.get(0).sheet("取組1").orElseThrow().at(12, 4).orElseThrow().set(new BigDecimal("-200"));
		SurveyResult result = reader.read(workbooks.get(0));

		assertThat(result.findings()).contains(Finding.warning("取組1", "E13", "計 -200 が各年度の合計 -250 と一致しません"));
		assertThat(result.items()).hasSize(2);
	}

	/** The profile a new user first writes, as if the years ran down: the message names the key to set. */
	@Test
	void yearsAcrossAHeaderRowWithoutTheKeyAreSaidSo() throws Exception {
		OfficeReader wrong = OfficeReader.of(dir, "wrong", YearsAcrossDraft.PROFILE.replace("  yearsAcross: true\n", "")
			.replace("  rows:\n", "  columns:\n"));

		SurveyResult result = wrong.read(YearsAcrossDraft.workbooks(LocalDateTime.of(2025, 5, 20, 9, 0)).get(1));

		assertThat(result.items()).isEmpty();
		assertThat(result.findings()).contains(Finding.error("取組", "A9",
				"年度別の表（見出し「年度」）の年度が縦に並んでいません: A9「年度」の行に年度（2023年度、FY2024、Ｒ７）が横に並んでいます",
				"年度が横に並ぶ表は、様式定義の yearTable に yearsAcross: true と、各行の見出しと項目の対応（yearTable.rows）を書きます"));
	}

	private static SurveyItem item(String sheet) {
		return results.stream()
			.flatMap(r -> r.items().stream())
			.filter(i -> i.sheet().equals(sheet))
			.findFirst()
			.orElseThrow();
	}

	/** "year number-or-text raw cell" of each value of a field, in the order read. */
	static List<String> values(SurveyItem item, Field field) {
		return item.values()
			.stream()
			.filter(v -> v.field() == field)
			.map(v -> v.fiscalYear() + " " + shown(v) + " " + v.raw() + " " + v.cell())
			.toList();
	}

	private static String shown(SourcedValue v) {
		return v.number() != null ? v.number().toPlainString() : Objects.toString(v.text());
	}

}
