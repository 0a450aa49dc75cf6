package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jp.reform.survey.browser.HeadlessChromium;
import jp.reform.survey.report.ReportWriter;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The 推進項目管理表 pages of summary.html on the sample: one per 中分類 (13, as seed 000 pp. 3–18), each
 * with its 進捗管理 figures as published and its items' years side by side; printed, each starts a page; and
 * in consolidated.xlsx a sheet per 大分類 with a page break before each further 中分類.
 */
class ManagementPagesTests extends SampleOutputTests {

	@Test
	void theWorkbookHasASheetPerCategoryWithAPageBreakPerSubcategory() throws IOException {
		try (InputStream in = Files.newInputStream(output.resolve(ReportWriter.WORKBOOK));
				Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheet("管理表_Ⅱ");
			assertThat(sheet).isNotNull();
			assertThat(sheet.getRowBreaks()).hasSize(4); // Ⅱ has five 中分類
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("推進項目管理表　大分類 Ⅱ 効果的で効率的な行政運営の推進");
			Row heading = null;
			for (Row row : sheet) {
				if (row.getCell(0) != null && "中分類 ② 公民連携の推進".equals(row.getCell(0).toString())) {
					heading = row;
				}
			}
			assertThat(heading).isNotNull();
			// 進捗管理 beside the 目標: 令和元–5年度, then 計 48,000 / 865 / 1.80 as numbers
			Row total = sheet.getRow(heading.getRowNum() + 7);
			assertThat(total.getCell(4).getStringCellValue()).isEqualTo("計");
			assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(48000);
			assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(865);
			assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(1.80);
			assertThat(sheet.getRowBreaks()).contains(heading.getRowNum() - 1);
		}
	}

	@Test
	void onePagePerSubcategoryWithThePublishedProgressFigures() throws IOException {
		try (HeadlessChromium browser = HeadlessChromium.start()) {
			browser.open(output.resolve(ReportWriter.SUMMARY));
			List<WebElement> pages = browser.driver().findElements(By.cssSelector("article.kanri-page"));
			assertThat(pages).hasSize(13);
			assertThat(pages).extracting(p -> p.getDomAttribute("id")).startsWith("kanri-Ⅰ①", "kanri-Ⅰ②", "kanri-Ⅱ①")
				.endsWith("kanri-Ⅳ②");

			WebElement ppp = browser.driver().findElement(By.id("kanri-Ⅱ②"));
			assertThat(ppp.findElement(By.tagName("h3")).getText()).contains("大分類 Ⅱ 効果的で効率的な行政運営の推進",
					"中分類 ② 公民連携の推進");
			assertThat(ppp.findElement(By.className("kanri-goal")).getText()).contains("公民連携を推進していきます");
			// 進捗管理 as seed 000 prints it: 令和4年度 21,000 / 32 / 0.15, 計 48,000 / 865 / 1.80
			List<String> progress = ppp.findElements(By.cssSelector("table.kanri-progress tbody tr"))
				.stream()
				.map(WebElement::getText)
				.toList();
			assertThat(progress).containsExactly("令和元年度 0 0", "令和2年度 0 296", "令和3年度 0 406",
					"令和4年度 21,000 32 0.15", "令和5年度 27,000 131 0.49", "計 48,000 865 1.80");
			// Park-PFI: 検討 → 実施 in the schedule from 令和4年度, 進捗 検討 every year, 効果額 0 as its 成果状況
			WebElement park = ppp.findElements(By.cssSelector("tbody.kanri-item")).get(1);
			List<String> years = park.findElements(By.tagName("tr")).stream().map(WebElement::getText).toList();
			assertThat(years.get(0)).startsWith("2 都市計画課 Park-PFI制度の活用").contains("令和元年度 検討 検討");
			assertThat(years.get(3)).isEqualTo("令和4年度 実施 検討 0");
			assertThat(years.get(4)).isEqualTo("令和5年度 実施 検討 0");
			assertThat(browser.consoleErrors()).isEmpty();
			Files.write(ARTIFACTS.resolve("summary-management-Ⅱ②.png"), ppp.getScreenshotAs(OutputType.BYTES));

			Path pdf = ARTIFACTS.resolve("summary-management-print.pdf");
			browser.printToPdf(pdf);
			// printed, every 中分類's page starts a sheet of paper: its heading leads the page's text
			int starts = 0;
			for (int page = 1; page <= Poppler.pages(pdf); page++) {
				String text = Poppler.text(pdf, page).strip();
				if (text.startsWith("大分類 ")) {
					starts++;
				}
			}
			assertThat(starts).isEqualTo(13);
		}
	}

}
