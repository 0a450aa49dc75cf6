package jp.reform.survey.survey;

import static jp.reform.survey.fixture.WorkbookEdits.cell;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import jp.reform.survey.fixture.HostileFiles;
import jp.reform.survey.fixture.WorkbookEdits;
import jp.reform.survey.workbook.PoiWorkbookReader;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import jp.reform.survey.vocabulary.Finding;
import jp.reform.survey.vocabulary.Severity;

/**
 * Each check a department gets back, on a real generated workbook changed at one cell the way a
 * person would: the finding names the sheet and the A1 cell, says what is wrong in Japanese, and
 * an error holds back that item sheet only. Sheet Ⅲ-①-1 of 財産活用課 has 令和元年度…令和5年度 on
 * rows 14–18 (効果目標額 D, 効果額 E, 達成率 H as =ROUND(E/D*100,2)) and its 計 row on 19.
 */
class SurveyChecksTests {

	private static final String SHEET = "Ⅲ-①-1";

	@TempDir
	Path dir;

	@Test
	void unreadableYear() throws Exception {
		SurveyResult result = read(wb -> cell(wb, SHEET, "A15").setCellValue("来年度"));

		assertThat(result.findings()).contains(new Finding(Severity.ERROR, SHEET, "A15",
				"年度として読めません: 来年度（年度を特定できません: 来年度）", "「令和5年度」「R5」「2023年度」のような年度"));
		assertHeldBack(result);
	}

	@Test
	void unreadableNumber() throws Exception {
		SurveyResult result = read(wb -> cell(wb, SHEET, "E14").setCellValue("多数"));

		assertThat(only(result, "E14")).singleElement().satisfies(f -> {
			assertThat(f.severity()).isEqualTo(Severity.ERROR);
			assertThat(f.message()).contains("多数");
			assertThat(f.expected()).isEqualTo("千円単位の金額（例: 1,234）");
		});
		assertHeldBack(result);
	}

	@Test
	void requiredLabelWithoutValueIsReportedAtTheLabel() throws Exception {
		SurveyResult result = read(wb -> cell(wb, SHEET, "B5").setBlank());

		assertThat(result.findings()).contains(new Finding(Severity.ERROR, SHEET, "A5", "中分類がありません",
				"例: ② 歳入歳出の適正化の推進"));
		assertHeldBack(result);
	}

	@Test
	void requiredLabelMissingAltogether() throws Exception {
		SurveyResult result = read(wb -> {
			cell(wb, SHEET, "A5").setBlank();
			cell(wb, SHEET, "B5").setBlank();
		});

		assertThat(result.findings()).contains(new Finding(Severity.ERROR, SHEET, null,
				"中分類がありません（様式定義の見出し「中分類」「推進項目」がシートにありません）", "例: ② 歳入歳出の適正化の推進"));
		assertHeldBack(result);
	}

	@Test
	void totalRowDisagreeingWithTheSumOfTheYears() throws Exception {
		SurveyResult result = read(wb -> cell(wb, SHEET, "D19").setCellValue(999));

		assertThat(only(result, "D19")).singleElement().satisfies(f -> {
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
			assertThat(f.message()).startsWith("計 999 が各年度の合計 ").endsWith(" と一致しません");
		});
		assertLoaded(result);
	}

	@Test
	void enteredRateDisagreeingWithTheRecomputedOne() throws Exception {
		// 令和元年度: 効果額 510,397 ÷ 効果目標額 255,000 = 200.16 %
		SurveyResult result = read(wb -> cell(wb, SHEET, "H14").setCellValue(150));

		assertThat(result.findings()).contains(
				Finding.warning(SHEET, "H14", "達成率 150 が効果額÷効果目標額から求めた 200.16 と一致しません"));
		assertLoaded(result);
	}

	@Test
	void theSameCheckUnderTheHeader達成度() throws Exception {
		SurveyResult result = read(wb -> {
			cell(wb, SHEET, "H13").setCellValue("達成度");
			cell(wb, SHEET, "H14").setCellValue("150%");
		});

		assertThat(result.findings()).contains(
				Finding.warning(SHEET, "H14", "達成率 150 が効果額÷効果目標額から求めた 200.16 と一致しません"));
	}

	@Test
	void aRateRoundedToWhatWasWrittenIsNotADisagreement() throws Exception {
		SurveyResult result = read(wb -> {
			cell(wb, SHEET, "H14").setCellValue(200); // 200.16 written without decimals
			cell(wb, SHEET, "H15").setCellValue("—");
		});

		assertThat(only(result, "H14")).isEmpty();
		assertThat(read(wb -> cell(wb, SHEET, "H14").setCellValue(201)).findings())
			.anySatisfy(f -> assertThat(f.cell()).isEqualTo("H14"));
	}

	@Test
	void yearOutsideThePlanPeriod() throws Exception {
		SurveyResult result = read(wb -> cell(wb, SHEET, "A18").setCellValue("令和6年度"));

		assertThat(result.findings()).contains(
				Finding.warning(SHEET, "A18", "令和6年度は計画期間（令和元年度～令和5年度）の外です"));
		assertLoaded(result);
	}

	@Test
	void unknownStatusWord() throws Exception {
		SurveyResult result = read(wb -> cell(wb, SHEET, "C16").setCellValue("がんばった"));

		assertThat(result.findings()).contains(
				Finding.warning(SHEET, "C16", "進捗の語句として判別できません（文字のまま残します）: がんばった"));
		assertLoaded(result);
	}

	@Test
	void formulaErrorInAValueCell() throws Exception {
		SurveyResult result = read(wb -> cell(wb, SHEET, "E15").setCellFormula("1/0"));

		assertThat(result.findings()).contains(new Finding(Severity.ERROR, SHEET, "E15", "セルがエラー値です: #DIV/0!",
				"千円単位の金額（例: 1,234）"));
		assertHeldBack(result);
	}

	private SurveyResult read(Consumer<Workbook> change) throws Exception {
		Path file = HostileFiles.goodWorkbook(dir, HostileFiles.DEPARTMENT, LocalDate.of(2024, 5, 20));
		WorkbookEdits.edit(file, change);
		return new SurveyReader().read(new PoiWorkbookReader().read(file));
	}

	private static List<Finding> only(SurveyResult result, String cell) {
		return result.findings().stream().filter(f -> SHEET.equals(f.sheet()) && cell.equals(f.cell())).toList();
	}

	/** The sheet is held back as a whole; the department's other three item sheets still load. */
	private static void assertHeldBack(SurveyResult result) {
		assertThat(result.items()).extracting(SurveyItem::sheet).hasSize(3).doesNotContain(SHEET);
		assertThat(result.findings()).contains(new Finding(Severity.ERROR, SHEET, null,
				"このシートはエラーがあるため取り込みを保留しました（以前に受理した数値を使います）", null));
	}

	private static void assertLoaded(SurveyResult result) {
		assertThat(result.items()).extracting(SurveyItem::sheet).hasSize(4).contains(SHEET);
		assertThat(result.hasErrors()).isFalse();
	}

}
