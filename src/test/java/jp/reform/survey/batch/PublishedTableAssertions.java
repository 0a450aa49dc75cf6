package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.reform.survey.fixture.PublishedTable;
import jp.reform.survey.report.ReportWriter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every figure of Iizuka's published 「推進項目の一覧」 in each output: the CSV (per 中分類 and
 * year), the 推進項目の一覧 sheet (including 計 and 達成率 rows) and summary.html.
 */
final class PublishedTableAssertions {

	private static final List<Integer> YEARS = PublishedTable.FISCAL_YEARS;

	private final PublishedTable published = PublishedTable.load();

	void assertAll(Path output) throws IOException {
		assertCsv(output.resolve(ReportWriter.CSV));
		assertWorkbook(output.resolve(ReportWriter.WORKBOOK));
		assertSummary(output.resolve(ReportWriter.SUMMARY));
	}

	void assertCsv(Path csv) throws IOException {
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertThat(lines.get(0)).startsWith("\uFEFF");
		assertThat(lines.get(0).substring(1)).isEqualTo(
				"plan_name,category_code,category_name,subcategory_code,subcategory_name,fiscal_year,effect_target_kyen,"
						+ "effect_actual_kyen,achievement_rate_pct,items_planned,items_implemented");
		Map<String, String[]> rows = new HashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",", -1);
			assertThat(f).hasSize(11);
			assertThat(f[0]).isEqualTo("第2次行財政改革後期実施計画");
			rows.put(f[1] + f[3] + f[5], f);
		}
		assertThat(rows).hasSize(published.rows().size() * YEARS.size());
		for (PublishedTable.Row row : published.rows()) {
			for (int year : YEARS) {
				String[] f = rows.get(row.categoryCode() + row.subcategoryCode() + year);
				assertThat(f).as("%s%s %d", row.categoryCode(), row.subcategoryCode(), year).isNotNull();
				assertThat(new BigDecimal(f[6])).as("target %s%s %d", row.categoryCode(), row.subcategoryCode(), year)
					.isEqualByComparingTo(BigDecimal.valueOf(row.target(year)));
				assertThat(new BigDecimal(f[7])).as("actual %s%s %d", row.categoryCode(), row.subcategoryCode(), year)
					.isEqualByComparingTo(BigDecimal.valueOf(row.actual(year)));
				assertThat(Integer.parseInt(f[9])).isEqualTo(row.planned());
			}
			String[] last = rows.get(row.categoryCode() + row.subcategoryCode() + YEARS.get(YEARS.size() - 1));
			assertThat(Integer.parseInt(last[10])).as("implemented %s%s", row.categoryCode(), row.subcategoryCode())
				.isEqualTo(row.implemented());
		}
		// 達成率 per 中分類 and year: 実績 / 目標 × 100, half-up to 2 decimals, empty where 目標 is 0.
		assertThat(rows.get("Ⅰ②2019")[8]).isEqualTo("113.22");
		assertThat(rows.get("Ⅰ①2019")[8]).isEmpty();
		assertThat(rows.get("Ⅱ②2022")[8]).isEqualTo("0.15");
		assertThat(rows.get("Ⅲ①2021")[8]).isEqualTo("1810.95");
	}

	void assertWorkbook(Path xlsx) throws IOException {
		try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheet("推進項目の一覧");
			assertThat(sheet).isNotNull();
			Row years = sheet.getRow(3);
			assertThat(List.of(text(years, 4), text(years, 5), text(years, 6), text(years, 7), text(years, 8)))
				.containsExactly("令和元年度", "令和2年度", "令和3年度", "令和4年度", "令和5年度");
			Map<String, Row> targetRows = new HashMap<>();
			String category = null;
			Row total = null;
			Row rate = null;
			for (Row row : sheet) {
				String a = text(row, 0);
				if (!a.isEmpty() && row.getRowNum() > 3) {
					category = a.split(" ")[0];
				}
				if ("計".equals(a)) {
					total = row;
				}
				else if (a.startsWith("達成率")) {
					rate = row;
				}
				else if (row.getRowNum() > 3 && "目標".equals(text(row, 3))) {
					targetRows.put(category + text(row, 1).split(" ")[0], row);
				}
			}
			for (PublishedTable.Row expected : published.rows()) {
				Row target = targetRows.get(expected.categoryCode() + expected.subcategoryCode());
				assertThat(target).as("row of %s%s", expected.categoryCode(), expected.subcategoryCode()).isNotNull();
				assertPair(sheet, target, expected);
			}
			assertThat(total).isNotNull();
			assertPair(sheet, total, published.total());
			assertThat(rate).isNotNull();
			assertThat(number(rate, 2)).isEqualByComparingTo(published.implementedShare());
			for (int i = 0; i < YEARS.size(); i++) {
				assertThat(number(rate, 4 + i)).isEqualByComparingTo(published.achievementRates().get(i));
			}
			assertThat(number(rate, 9)).isEqualByComparingTo(published.achievementRateTotal());
		}
	}

	private static void assertPair(Sheet sheet, Row target, PublishedTable.Row expected) {
		Row actual = sheet.getRow(target.getRowNum() + 1);
		String what = expected.categoryCode() + expected.subcategoryCode();
		assertThat(number(target, 2)).as("planned %s", what).isEqualByComparingTo(BigDecimal.valueOf(expected.planned()));
		assertThat(number(actual, 2)).as("implemented %s", what)
			.isEqualByComparingTo(BigDecimal.valueOf(expected.implemented()));
		assertThat(text(actual, 3)).isEqualTo("実績");
		for (int i = 0; i < YEARS.size(); i++) {
			assertThat(number(target, 4 + i)).as("target %s %d", what, YEARS.get(i))
				.isEqualByComparingTo(BigDecimal.valueOf(expected.targets().get(i)));
			assertThat(number(actual, 4 + i)).as("actual %s %d", what, YEARS.get(i))
				.isEqualByComparingTo(BigDecimal.valueOf(expected.actuals().get(i)));
		}
		assertThat(number(target, 9)).isEqualByComparingTo(BigDecimal.valueOf(expected.targetTotal()));
		assertThat(number(actual, 9)).isEqualByComparingTo(BigDecimal.valueOf(expected.actualTotal()));
	}

	void assertSummary(Path html) throws IOException {
		Document doc = Jsoup.parse(html.toFile(), "UTF-8");
		for (PublishedTable.Row expected : published.rows()) {
			String key = expected.categoryCode() + expected.subcategoryCode();
			assertThat(cells(doc, key, "target")).as("html target %s", key).containsExactlyElementsOf(amounts(
					expected.targets(), expected.targetTotal()));
			assertThat(cells(doc, key, "actual")).as("html actual %s", key).containsExactlyElementsOf(amounts(
					expected.actuals(), expected.actualTotal()));
		}
		assertThat(cells(doc, "total", "target")).containsExactlyElementsOf(amounts(published.total().targets(),
				published.total().targetTotal()));
		assertThat(cells(doc, "total", "actual")).containsExactlyElementsOf(amounts(published.total().actuals(),
				published.total().actualTotal()));
		List<String> rates = new ArrayList<>(published.achievementRates().stream().map(r -> r.setScale(2).toPlainString()).toList());
		rates.add(published.achievementRateTotal().setScale(2).toPlainString());
		assertThat(cells(doc, "rate", "rate")).containsExactlyElementsOf(rates);
		assertThat(doc.getElementById("headline-target").text()).isEqualTo("1,852,000 千円");
		assertThat(doc.getElementById("headline-actual").text()).isEqualTo("16,484,161 千円");
		assertThat(doc.getElementById("headline-rate").text()).isEqualTo("890.07 %");
		assertThat(doc.getElementById("headline-implemented").text()).isEqualTo("44 / 54（81.48 %）");
	}

	private static List<String> cells(Document doc, String sub, String kind) {
		return doc.select("table.summary tr[data-sub=" + sub + "][data-kind=" + kind + "] td.num")
			.stream()
			.map(Element::text)
			.toList();
	}

	private static List<String> amounts(List<Long> perYear, long total) {
		List<String> out = new ArrayList<>();
		perYear.forEach(v -> out.add(String.format("%,d", v)));
		out.add(String.format("%,d", total));
		return out;
	}

	private static String text(Row row, int col) {
		Cell cell = row == null ? null : row.getCell(col);
		return cell == null ? "" : switch (cell.getCellType()) {
			case STRING -> cell.getStringCellValue().strip();
			case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			default -> "";
		};
	}

	private static BigDecimal number(Row row, int col) {
		Cell cell = row.getCell(col);
		assertThat(cell).as("cell %d of row %d", col, row.getRowNum() + 1).isNotNull();
		return BigDecimal.valueOf(cell.getNumericCellValue());
	}

}
