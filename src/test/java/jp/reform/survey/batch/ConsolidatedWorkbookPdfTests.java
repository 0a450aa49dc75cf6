package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import jp.reform.survey.report.ReportWriter;

import org.junit.jupiter.api.Test;

/**
 * consolidated.xlsx printed by LibreOffice (headless, to PDF, as Calc would to paper): the expected number
 * of A4 landscape pages, each sheet where it belongs, every page carrying its sheet's header rows. The PDF
 * and a few pages as PNG stay in target/artifacts for a person to look at.
 *
 * <p>Expected pages: 推進項目の一覧 on one page (fit to one page, as published); 実施項目一覧 270 rows on 7
 * (one page wide, 21 columns with 大分類 named, 達成率 and 備考; rows one or two lines high); 実施項目の記述 54
 * items on 12 (目標 and 取組内容, ten lines and more each); 所管課別 on 1; 成果指標推移 on 2; 管理表_Ⅰ…Ⅳ on 15 (a
 * page per 中分類, two running onto a second); 見直し候補 26 rows on 4 (its evidence one value and one cell per
 * line). A change of column widths,
 * row heights or fonts moves this count: look at the PDF, then update it.
 */
class ConsolidatedWorkbookPdfTests extends SampleOutputTests {

	@Test
	void printsOnTheExpectedA4LandscapePagesWithHeadersRepeated() throws Exception {
		Path pdf = LibreOffice.toPdf(ARTIFACTS, List.of(output.resolve(ReportWriter.WORKBOOK))).get(0);

		assertThat(Poppler.pages(pdf)).isEqualTo(42);
		assertThat(Poppler.info(pdf).get("Page size")).endsWith("(A4)").startsWith("841.");
		String first = Poppler.text(pdf, 1);
		assertThat(first).contains("推進項目の一覧", "令和元年度", "令和5年度", "1,852,000", "16,484,161", "890.07",
				"1 / 42 ページ");
		for (int page = 2; page <= 8; page++) {
			assertThat(Poppler.text(pdf, page)).as("page %d", page)
				.contains("実施項目一覧", "実施項目", "所管課", "提出ファイル", page + " / 42 ページ");
		}
		assertThat(Poppler.text(pdf, 2)).contains("Ⅰ-①-1", "まちづくり協議会の活動支援", "Ⅰ 市民等との協働");
		assertThat(Poppler.text(pdf, 8)).contains("Ⅳ-②-4");
		for (int page = 9; page <= 20; page++) {
			assertThat(Poppler.text(pdf, page)).as("page %d", page).contains("実施項目の記述", "目標", "取組内容");
		}
		assertThat(Poppler.text(pdf, 9)).contains("まちづくり協議会の活動支援", "人口減少、少子高齢化社会の急速な進展に伴い");
		assertThat(Poppler.text(pdf, 21)).contains("所管課別", "提出状況", "計（25課）", "16,484,161");
		for (int page = 22; page <= 23; page++) {
			assertThat(Poppler.text(pdf, page)).as("page %d", page).contains("成果指標推移", "令和元年度", "実績");
		}
		// 推進項目管理表: 13 中分類 each from a new page, two of them running onto a second
		int subcategoryStarts = 0;
		for (int page = 24; page <= 38; page++) {
			String text = Poppler.text(pdf, page);
			assertThat(text).as("page %d", page).contains("推進項目管理表", "大分類");
			subcategoryStarts += text.lines().anyMatch(line -> line.startsWith("中分類 ")) ? 1 : 0;
		}
		assertThat(subcategoryStarts).isEqualTo(13);
		for (int page = 39; page <= 42; page++) {
			assertThat(Poppler.text(pdf, page)).as("page %d", page).contains("見直し候補", "理由コード", "出典セル");
		}
		assertThat(Poppler.text(pdf, 39)).contains("自治会への加入促進", "KPI_WORSENING", "'Ⅰ-①-2'!G14");
		Poppler.renderPages(pdf, 1, 2, ARTIFACTS.resolve("consolidated-page"));
		Poppler.renderPages(pdf, 9, 9, ARTIFACTS.resolve("consolidated-page"));
		Poppler.renderPages(pdf, 21, 22, ARTIFACTS.resolve("consolidated-page"));
		for (int page = 1; page <= 42; page++) {
			assertThat(Poppler.text(pdf, page)).as("page %d: no figure too wide for its column", page).doesNotContain("###");
		}
	}

}
