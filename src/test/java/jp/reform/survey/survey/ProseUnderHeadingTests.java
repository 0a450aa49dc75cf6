package jp.reform.survey.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import jp.reform.survey.fixture.ProseDraft;
import jp.reform.survey.fixture.draft.DraftSheet;
import jp.reform.survey.fixture.draft.DraftWorkbook;
import jp.reform.survey.fixture.draft.DraftWriter;
import jp.reform.survey.fixture.draft.Role;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.Finding;
import jp.reform.survey.vocabulary.Severity;
import jp.reform.survey.workbook.PoiWorkbookReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prose in a merged box under its heading (「【現状と課題】」 across the sheet), never silently dropped. */
class ProseUnderHeadingTests {

	@TempDir
	Path dir;

	@Test
	void theTextUnderEachHeadingIsItsValueAtItsCell() throws Exception {
		SurveyResult result = read(ProseDraft.PROFILE, ProseDraft.workbook(LocalDateTime.of(2025, 5, 1, 9, 0)));

		assertThat(result.findings()).filteredOn(f -> f.severity() != Severity.NOTE).isEmpty();
		SurveyItem item = result.items().get(0);
		assertThat(item.name()).isEqualTo("窓口のオンライン化");
		assertThat(YearsAcrossLayoutTests.values(item, Field.CURRENT_STATE))
			.containsExactly("null " + ProseDraft.CURRENT + " " + ProseDraft.CURRENT + " A7");
		assertThat(YearsAcrossLayoutTests.values(item, Field.ACTIVITIES))
			.containsExactly("null " + ProseDraft.ACTIVITIES + " " + ProseDraft.ACTIVITIES + " A11");
		assertThat(YearsAcrossLayoutTests.values(item, Field.SCHEDULE)).containsExactly("2024 実施 実施 B16",
				"2025 実施 実施 B17", "2026 実施 ↓ B18");
	}

	@Test
	void aHeadingWithNothingUnderItIsAWarningAtTheHeading() throws Exception {
		DraftWorkbook workbook = ProseDraft.workbook(LocalDateTime.of(2025, 5, 1, 9, 0));
		DraftSheet sheet = workbook.sheets().get(0);
		sheet.remove(sheet.at(10, 0).orElseThrow());

		SurveyResult result = read(ProseDraft.PROFILE, workbook);

		assertThat(result.findings()).filteredOn(f -> f.severity() != Severity.NOTE)
			.containsExactly(Finding.warning("取組1", "A10", "見出し『取組内容』はありますが、記入がありません"));
		assertThat(result.items()).singleElement()
			.satisfies(item -> assertThat(item.values()).noneMatch(v -> v.field() == Field.ACTIVITIES));
	}

	/** A heading in one cell (not merged across) is read below only when the profile says so. */
	@Test
	void aHeadingInOneCellIsReadBelowWhenTheProfileSaysSo() throws Exception {
		DraftWorkbook workbook = ProseDraft.workbook(LocalDateTime.of(2025, 5, 1, 9, 0));
		DraftSheet sheet = workbook.sheets().get(0);
		for (int row : new int[] { 5, 9 }) {
			String heading = (String) sheet.at(row, 0).orElseThrow().value();
			sheet.put(row, 0, heading, Role.of(Role.Kind.FORM_LABEL)); // the same text without its merge
		}

		SurveyResult unsaid = read(ProseDraft.PROFILE, workbook);
		SurveyResult said = read(ProseDraft.PROFILE + "below: [current_state, activities]\n", workbook);

		assertThat(unsaid.findings()).filteredOn(f -> f.severity() == Severity.WARNING)
			.extracting(Finding::cell, Finding::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("A6",
					"見出し『現状と課題』はありますが、記入がありません（見出しの下の欄に書く様式なら、様式定義の below に current_state を加えます）"),
					org.assertj.core.groups.Tuple.tuple("A10",
							"見出し『取組内容』はありますが、記入がありません（見出しの下の欄に書く様式なら、様式定義の below に activities を加えます）"));
		assertThat(said.findings()).filteredOn(f -> f.severity() != Severity.NOTE).isEmpty();
		assertThat(YearsAcrossLayoutTests.values(said.items().get(0), Field.ACTIVITIES))
			.containsExactly("null " + ProseDraft.ACTIVITIES + " " + ProseDraft.ACTIVITIES + " A11");
	}

	private SurveyResult read(String profile, DraftWorkbook workbook) throws Exception {
		Path profiles = Files.createDirectories(Files.createTempDirectory(dir, "profiles"));
		Files.writeString(profiles.resolve("card.yml"), profile);
		Path file = DraftWriter.write(workbook, Files.createTempDirectory(dir, "inbox"));
		return new SurveyReader(LayoutProfiles.load(profiles)).read(new PoiWorkbookReader().read(file));
	}

}
