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
 * <p>Expected pages: 推進項目の一覧 on one page (fit to one page, as published); 実施項目一覧 270 rows on 9
 * (one page wide; rows one or two lines high); 所管課別 on 1; 成果指標推移 on 2; 管理表_Ⅰ…Ⅳ on 15 (a page per 中分類,
 * two running onto a second); 見直し候補 26 rows on 4 (its evidence one value and one cell per line). A change of column widths,
 * row heights or fonts moves this count: look at the PDF, then update it.
 */
class ConsolidatedWorkbookPdfTests extends SampleOutputTests {

	@Test
	void printsOnTheExpectedA4LandscapePagesWithHeadersRepeated() throws Exception {
		Path pdf = LibreOffice.toPdf(ARTIFACTS, List.of(output.resolve(ReportWriter.WORKBOOK))).get(0);

		assertThat(Poppler.pages(pdf)).isEqualTo(32);
		assertThat(Poppler.info(pdf).get("Page size")).endsWith("(A4)").startsWith("841.");
		String first = Poppler.text(pdf, 1);
		assertThat(first).contains("推進項目の一覧", "令和元年度", "令和5年度", "1,852,000", "16,484,161", "890.07",
				"1 / 32 ページ");
		for (int page = 2; page <= 10; page++) {
			assertThat(Poppler.text(pdf, page)).as("page %d", page)
				.contains("実施項目一覧", "実施項目", "所管課", "提出ファイル", page + " / 32 ページ");
		}
		assertThat(Poppler.text(pdf, 2)).contains("Ⅰ-①-1", "まちづくり協議会の活動支援");
		assertThat(Poppler.text(pdf, 10)).contains("Ⅳ-②-4");
		assertThat(Poppler.text(pdf, 11)).contains("所管課別", "提出状況", "計（25課）", "16,484,161");
		for (int page = 12; page <= 13; page++) {
			assertThat(Poppler.text(pdf, page)).as("page %d", page).contains("成果指標推移", "令和元年度", "目標", "実績");
		}
		// 推進項目管理表: 13 中分類 each from a new page, two of them running onto a second
		int subcategoryStarts = 0;
		for (int page = 14; page <= 28; page++) {
			String text = Poppler.text(pdf, page);
			assertThat(text).as("page %d", page).contains("推進項目管理表", "大分類");
			subcategoryStarts += text.lines().anyMatch(line -> line.startsWith("中分類 ")) ? 1 : 0;
		}
		assertThat(subcategoryStarts).isEqualTo(13);
		for (int page = 29; page <= 32; page++) {
			assertThat(Poppler.text(pdf, page)).as("page %d", page).contains("見直し候補", "理由コード", "出典セル");
		}
		assertThat(Poppler.text(pdf, 29)).contains("自治会への加入促進", "KPI_WORSENING", "'Ⅰ-①-2'!G14");
		Poppler.renderPages(pdf, 1, 2, ARTIFACTS.resolve("consolidated-page"));
		Poppler.renderPages(pdf, 11, 12, ARTIFACTS.resolve("consolidated-page"));
	}

}
