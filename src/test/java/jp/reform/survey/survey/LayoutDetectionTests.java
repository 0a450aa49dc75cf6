package jp.reform.survey.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.reform.survey.fixture.CarelessVariants;
import jp.reform.survey.fixture.SampleInbox;
import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.PoiWorkbookReader;
import jp.reform.survey.workbook.SheetGrid;
import jp.reform.survey.workbook.WorkbookGrid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import jp.reform.survey.vocabulary.Severity;

/** Which layout each sheet is read in (Ogori's and Annaka's fixtures are checked in their own tests). */
class LayoutDetectionTests {

	private final SurveyReader reader = new SurveyReader();

	@TempDir
	Path dir;

	@Test
	void everyItemSheetOfTheSampleAndOfTheMixedVariantIsStandardAndNothingElseIsAnItemSheet() throws Exception {
		List<Path> files = new java.util.ArrayList<>(SampleInbox.write(dir.resolve("sample")));
		CarelessVariants.Variant mixed = CarelessVariants.all().stream()
			.filter(v -> v.name().startsWith("everything mixed")).findFirst().orElseThrow();
		files.addAll(CarelessVariants.write(mixed, dir.resolve("mixed"), LocalDate.of(2024, 5, 10)));
		int itemSheets = 0;
		for (Path file : files) {
			for (SheetGrid sheet : new PoiWorkbookReader().read(file).sheets()) {
				Optional<String> layout = reader.layoutOf(sheet).map(LayoutProfile::name);
				boolean item = sheet.name().matches("[ⅠⅡⅢⅣ]-.*") || sheet.name().equals("記入例");
				assertThat(layout).as(file.getFileName() + " " + sheet.name()).isEqualTo(item ? Optional.of("standard")
						: Optional.empty());
				itemSheets += item && !sheet.hidden() ? 1 : 0;
			}
		}
		assertThat(itemSheets).isEqualTo(2 * 54);
	}

	@Test
	void aSheetMatchingNoLayoutIsReportedWithTheLabelsFoundOnIt() {
		SheetGrid odd = new SheetGrid("進行管理", false);
		odd.put(text(0, 0, "計 画 名"));
		odd.put(text(0, 1, "第2次行財政改革後期実施計画"));
		odd.put(text(1, 0, "取組名"));
		odd.put(text(1, 1, "オープンデータの推進"));
		odd.put(text(2, 0, "所管課"));
		odd.put(text(2, 1, "情報管理課"));
		odd.put(text(4, 0, "年度"));
		odd.put(text(4, 1, "進捗"));
		SheetGrid notes = new SheetGrid("メモ", false);
		notes.put(text(0, 0, "提出前に上司の確認を受けること"));

		SurveyResult result = reader.read(new WorkbookGrid("book.xlsx", List.of(odd, notes), null));

		assertThat(reader.layoutOf(odd)).isEmpty();
		assertThat(result.findings()).filteredOn(f -> "進行管理".equals(f.sheet())).singleElement().satisfies(f -> {
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
			assertThat(f.message()).isEqualTo("どの様式にも当てはまらないため読み飛ばしました。見つかった見出し: 計 画 名（A1）、取組名（A2）、所管課（A3）、年度（A5）、進捗（B5）");
		});
		assertThat(result.findings()).filteredOn(f -> "メモ".equals(f.sheet())).singleElement()
			.satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.NOTE));
		assertThat(result.findings()).anyMatch(f -> f.severity() == Severity.ERROR && f.sheet() == null);
	}

	@Test
	void labelsAreLookedForInTheTopRowsOnlySoBulkDataBelowIsNeverIndexed() {
		SheetGrid bulk = new SheetGrid("明細", false);
		for (int r = 0; r < SheetLabels.MAX_LABEL_ROWS; r++) {
			bulk.put(text(r, 0, "明細 " + r));
		}
		// Labels of a form, but below the rows that are searched: bulk data that happens to contain them.
		bulk.put(text(SheetLabels.MAX_LABEL_ROWS, 0, "所管課"));
		bulk.put(text(SheetLabels.MAX_LABEL_ROWS + 1, 0, "年度"));

		SurveyResult result = reader.read(new WorkbookGrid("book.xlsx", List.of(bulk), null));

		assertThat(result.findings()).filteredOn(f -> "明細".equals(f.sheet())).singleElement().satisfies(f -> {
			assertThat(f.severity()).isEqualTo(Severity.NOTE);
			assertThat(f.message()).startsWith("どの様式の見出しもないため");
		});
	}

	@Test
	void theLayoutWhoseLabelsDescribeTheSheetBestWins() {
		// 方針・推進項目・計画項目 are also accepted by the standard layout, but Annaka's profile describes all of it
		SheetGrid annaka = new SheetGrid("1-(1)-①", false);
		String[] labels = { "方針", "推進項目", "計画項目", "担当課", "現状と課題", "取組内容", "目標の状態" };
		for (int r = 0; r < labels.length; r++) {
			annaka.put(text(r, 0, labels[r]));
			annaka.put(text(r, 1, "値" + r));
		}
		String[] headers = { "年度", "計画概要", "数値目標", "実施概要", "数値", "達成度" };
		for (int c = 0; c < headers.length; c++) {
			annaka.put(text(9, c, headers[c]));
		}
		annaka.put(new GridCell(10, 0, null, BigDecimal.valueOf(7), null, "General", null, false));

		assertThat(reader.layoutOf(annaka)).get().extracting(LayoutProfile::name).isEqualTo("annaka");
	}

	private static GridCell text(int row, int col, String text) {
		return new GridCell(row, col, text, null, null, "General", null, false);
	}

}
