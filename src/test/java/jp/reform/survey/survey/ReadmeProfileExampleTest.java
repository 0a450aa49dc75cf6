package jp.reform.survey.survey;

import static jp.reform.survey.survey.OgoriLayoutTests.text;
import static jp.reform.survey.survey.OgoriLayoutTests.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jp.reform.survey.fixture.YearsAcrossDraft;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.Severity;
import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.SheetGrid;
import jp.reform.survey.workbook.WorkbookGrid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README's worked examples do what README says: each profile, read from an office folder, reads its sheet. */
class ReadmeProfileExampleTest {

	/** One worked example of README: its profile and its sheet drawn as a Markdown table. */
	record Example(String yaml, SheetGrid sheet) {
	}

	@TempDir
	Path dir;

	@Test
	void theWorkedExampleReadsTheExampleSheet() throws IOException {
		Example example = example("### Worked example: a profile for an office's own layout", "取組3");
		Files.writeString(dir.resolve("mycity.yml"), example.yaml());
		SurveyReader reader = new SurveyReader(LayoutProfiles.load(dir));

		SurveyResult result = reader.read(new WorkbookGrid("進行管理票_税務課.xlsx", List.of(example.sheet()), null));

		assertThat(reader.layoutOf(example.sheet())).get().extracting(LayoutProfile::name).isEqualTo("mycity");
		assertThat(result.findings()).isEmpty();
		SurveyItem item = result.items().get(0);
		assertThat(item.planName()).isEqualTo("○○市行財政改革推進計画");
		assertThat(item.category().code() + item.subcategory().code() + item.itemNo()).isEqualTo("Ⅰ①3");
		assertThat(item.name()).isEqualTo("市税の収納率向上");
		assertThat(item.leadDepartment()).isEqualTo("税務課");
		assertThat(item.kpiName()).isEqualTo("現年度収納率");
		assertThat(item.kpiUnit()).isEqualTo("%");
		assertThat(value(item, Field.EFFECT_TARGET, 2024).number()).isEqualByComparingTo("1000");
		assertThat(value(item, Field.EFFECT_TARGET, 2025).number()).isEqualByComparingTo("1000");
		assertThat(value(item, Field.EFFECT_ACTUAL, 2024).number()).isEqualByComparingTo("1250");
		assertThat(item.values()).noneMatch(v -> v.field() == Field.EFFECT_ACTUAL && v.fiscalYear() == 2025);
		assertThat(text(item, Field.SCHEDULE, 2025)).isEqualTo("実施");
		assertThat(value(item, Field.KPI_ACTUAL, 2024).number()).isEqualByComparingTo("98.9");
	}

	@Test
	void theYearsAcrossExampleIsTheTestedProfileAndReadsItsSheet() throws IOException {
		Example example = example("### Worked example: the years across the columns", "取組1");
		assertThat(example.yaml()).isEqualToIgnoringNewLines(YearsAcrossDraft.PROFILE);
		Files.writeString(dir.resolve("tatekei.yml"), example.yaml());

		SurveyResult result = new SurveyReader(LayoutProfiles.load(dir))
			.read(new WorkbookGrid("行革取組シート_税務課.xlsx", List.of(example.sheet()), null));

		assertThat(result.findings()).filteredOn(f -> f.severity() != Severity.NOTE).isEmpty();
		SurveyItem item = result.items().get(0);
		assertThat(item.category().code() + item.subcategory().code() + item.itemNo()).isEqualTo("Ⅰ①1");
		assertThat(YearsAcrossLayoutTests.values(item, Field.EFFECT_TARGET)).containsExactly("2023 1000 1,000 B12",
				"2024 1200 １，２００ C12", "2025 1500 1500 D12");
		assertThat(YearsAcrossLayoutTests.values(item, Field.EFFECT_ACTUAL)).containsExactly("2023 -200 ▲200 B13",
				"2024 -50 ▲50 C13");
	}

	@Test
	void theProseExampleIsTheTestedProfile() throws IOException {
		assertThat(example("### Worked example: prose under its heading", "取組1").yaml())
			.isEqualToIgnoringNewLines(jp.reform.survey.fixture.ProseDraft.PROFILE);
	}

	@Test
	void theListExampleIsTheTestedProfileAndReadsItsSheet() throws IOException {
		Example example = example("### Worked example: one row per item (一覧表形式)", "財政課");
		assertThat(example.yaml()).isEqualToIgnoringNewLines(jp.reform.survey.fixture.ListDraft.PROFILE);
		Files.writeString(dir.resolve("ichiran.yml"), example.yaml());

		SurveyResult result = new SurveyReader(LayoutProfiles.load(dir))
			.read(new WorkbookGrid("取組一覧_財政課.xlsx", List.of(example.sheet()), null));

		assertThat(result.findings()).filteredOn(f -> f.severity() != Severity.NOTE).isEmpty();
		assertThat(result.items()).extracting(SurveyItem::itemNo).containsExactly(1, 2, 3);
		assertThat(YearsAcrossLayoutTests.values(result.items().get(1), Field.EFFECT_ACTUAL))
			.containsExactly("2023 -100 ▲100 F6", "2024 300 300 H6");
	}

	/** The YAML block of the section under {@code heading} and the sheet its Markdown table draws. */
	static Example example(String heading, String sheetName) throws IOException {
		List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
		int from = lines.indexOf(heading);
		assertThat(from).as(heading).isNotNegative();
		List<String> section = lines.subList(from, lines.size());
		int yamlStart = section.indexOf("```yaml") + 1;
		int yamlEnd = section.subList(yamlStart, section.size()).indexOf("```") + yamlStart;
		SheetGrid sheet = new SheetGrid(sheetName, false);
		for (String line : section.subList(0, yamlStart)) {
			if (line.matches("\\| \\d+ \\|.*")) {
				String[] cells = line.split("(?<!\\\\)\\|", -1);
				int row = Integer.parseInt(cells[1].strip()) - 1;
				for (int col = 0; col + 2 < cells.length - 1; col++) {
					String text = cells[col + 2].strip();
					if (!text.isEmpty()) {
						sheet.put(new GridCell(row, col, text, null, null, "General", null, false));
					}
				}
			}
		}
		return new Example(String.join("\n", section.subList(yamlStart, yamlEnd)), sheet);
	}

}
