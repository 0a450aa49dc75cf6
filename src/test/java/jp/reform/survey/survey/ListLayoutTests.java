package jp.reform.survey.survey;

import static jp.reform.survey.survey.YearsAcrossLayoutTests.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.fixture.ListDraft;
import jp.reform.survey.fixture.draft.DraftWorkbook;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.Finding;
import jp.reform.survey.vocabulary.Severity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 一覧表形式: one row per item under column headers, the years across a two-row header, a 合計 row that is a check. */
class ListLayoutTests {

	@TempDir
	static Path dir;

	private static List<SurveyResult> results;

	private static OfficeReader reader;

	@BeforeAll
	static void read() throws Exception {
		reader = OfficeReader.of(dir, "ichiran", ListDraft.PROFILE);
		results = reader.readAll(ListDraft.workbooks(LocalDateTime.of(2025, 5, 20, 9, 0)));
	}

	@Test
	void everyRowIsAnItemAndTheTotalRowIsNot() {
		assertThat(results).flatExtracting(SurveyResult::findings).filteredOn(f -> f.severity() != Severity.NOTE)
			.isEmpty();
		assertThat(results).flatExtracting(SurveyResult::items)
			.extracting(SurveyItem::sheet, SurveyItem::planName, SurveyItem::itemNo, SurveyItem::name,
					SurveyItem::departments)
			.containsExactly(tuple("財政課", ListDraft.PLAN, 1, "事務事業の見直し", List.of("財政課")),
					tuple("財政課", ListDraft.PLAN, 2, "補助金の見直し", List.of("財政課")),
					tuple("財政課", ListDraft.PLAN, 3, "公共施設使用料の適正化", List.of("財政課", "施設管理課")),
					tuple("税務課", ListDraft.PLAN, 4, "市税収納率の向上", List.of("税務課")),
					tuple("税務課", ListDraft.PLAN, 5, "滞納整理の強化", List.of("税務課")),
					tuple("人事課", ListDraft.PLAN, 6, "時間外勤務の縮減", List.of("人事課")),
					tuple("人事課", ListDraft.PLAN, 7, "職員定数の適正化", List.of("人事課")));
	}

	@Test
	void formFieldsAreReadFromTheColumnHeadersAtTheRowsCells() {
		SurveyItem first = item(1);
		assertThat(values(first, Field.ITEM_NAME)).containsExactly("null 事務事業の見直し 事務事業の見直し B5");
		assertThat(values(first, Field.ACTIVITIES))
			.containsExactly("null 全事業の評価を行い、廃止・縮小する事業を決める 全事業の評価を行い、廃止・縮小する事業を決める D5");
		assertThat(values(item(4), Field.ITEM_NO)).containsExactly("null 4 ４ A5");
	}

	@Test
	void yearsAcrossTheHeaderWithTheirSubHeadersGiveEachRowsFiguresAtTheirCells() {
		SurveyItem first = item(1);
		assertThat(values(first, Field.YEAR_LABEL)).containsExactly("2023 令和5年度 令和5年度 E3",
				"2024 令和6年度 令和6年度 G3", "2025 令和7年度 令和7年度 I3");
		assertThat(values(first, Field.EFFECT_TARGET)).containsExactly("2023 1000 1000 E5", "2024 1000 1000 G5",
				"2025 1000 1000 I5");
		assertThat(values(first, Field.EFFECT_ACTUAL)).containsExactly("2023 1200 1200 F5", "2024 800 800 H5");
		assertThat(values(item(2), Field.EFFECT_ACTUAL)).containsExactly("2023 -100 ▲100 F6", "2024 300 300 H6");
	}

	@Test
	void otherDepartmentsSpellings() {
		assertThat(values(item(4), Field.YEAR_LABEL)).containsExactly("2023 令和5年度 R5 E3", "2024 令和6年度 R6 G3",
				"2025 令和7年度 R7 I3");
		assertThat(values(item(4), Field.EFFECT_TARGET)).first().isEqualTo("2023 1500 １，５００ E5");
		// a negative number shown with ▲, and the blank 令和7年度 実績 that stays no value
		assertThat(values(item(5), Field.EFFECT_ACTUAL)).containsExactly("2023 -50 -50 F6", "2024 320 320 H6");
		// 「（単位：円）」 above the list: stored in 千円
		assertThat(values(item(7), Field.EFFECT_ACTUAL)).containsExactly("2023 4800 4800000 F6", "2024 5200 5200000 H6");
		assertThat(values(item(6), Field.YEAR_LABEL)).first().isEqualTo("2023 令和5年度 2023年度 E3");
	}

	@Test
	void aTotalThatDisagreesIsAWarningAtItsCell() throws Exception {
		DraftWorkbook finance = ListDraft.workbooks(LocalDateTime.of(2025, 5, 20, 9, 0)).get(0);
		finance.sheets().get(0).at(7, 5).orElseThrow().set(new BigDecimal("1450"));
		SurveyResult result = reader.read(finance);

		assertThat(result.items()).hasSize(3);
		assertThat(result.findings()).filteredOn(f -> f.severity() != Severity.NOTE)
			.containsExactly(Finding.warning("財政課", "F8", "合計 1450 が各取組の合計 1350 と一致しません"));
	}

	@Test
	void aRowWithoutItsNameIsHeldBackAloneAtItsRow() throws Exception {
		DraftWorkbook tax = ListDraft.workbooks(LocalDateTime.of(2025, 5, 20, 9, 0)).get(1);
		tax.sheets().get(0).remove(tax.sheets().get(0).at(5, 1).orElseThrow());
		SurveyResult result = reader.read(tax);

		assertThat(result.items()).extracting(SurveyItem::itemNo).containsExactly(4);
		assertThat(result.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
			.extracting(Finding::cell, Finding::message)
			.containsExactly(tuple("B6", "実施項目がありません"),
					tuple("A6", "この実施項目はエラーがあるため取り込みを保留しました（以前に受理した数値を使います）"));
	}

	private static SurveyItem item(int no) {
		return results.stream()
			.flatMap(r -> r.items().stream())
			.filter(i -> i.itemNo() == no)
			.findFirst()
			.orElseThrow();
	}

}
