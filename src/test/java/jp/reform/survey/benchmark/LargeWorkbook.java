package jp.reform.survey.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import jp.reform.survey.fixture.Plan;
import jp.reform.survey.fixture.StandardWorkbookWriter;
import jp.reform.survey.fixture.SurveyItem;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One standard workbook (cover and a few item sheets) that also carries a 明細 sheet of
 * {@code rows} × 10 cells — a department that pasted its whole project ledger in. Shared strings
 * (as Excel writes them, ~one unique 事業名 per row), numbers, dates, a formula per row and merged
 * bands. Written with SXSSF in a generator process with a large heap; the benchmark reads it in 256 MB.
 */
final class LargeWorkbook {

	static final String FILE_NAME = "R5実施報告_大量明細.xlsx";

	private static final String[] KINDS = { "継続", "新規", "拡充", "縮小", "廃止" };

	private LargeWorkbook() {
	}

	static Path write(Path dir, int rows, long seed) throws IOException {
		Random random = new Random(seed);
		Plan template = Plan.iizuka2023();
		List<SurveyItem> items = template.items().subList(0, 5);
		List<String> departments = template.items().stream().flatMap(i -> i.departments().stream()).distinct().toList();
		Path file = dir.resolve(FILE_NAME);
		Files.createDirectories(dir);
		try (XSSFWorkbook standard = new XSSFWorkbook()) {
			StandardWorkbookWriter.fill(standard, template, items.get(0).lead(), LocalDate.of(2024, 5, 20), items);
			CellStyle money = standard.createCellStyle();
			money.setDataFormat(standard.createDataFormat().getFormat("#,##0"));
			CellStyle date = standard.createCellStyle();
			date.setDataFormat(standard.createDataFormat().getFormat("yyyy/m/d"));
			try (SXSSFWorkbook workbook = new SXSSFWorkbook(standard, 200, true, true)) {
				Sheet sheet = workbook.createSheet("明細");
				Row title = sheet.createRow(0);
				title.createCell(0).setCellValue("事務事業 明細一覧（" + rows + "件）");
				sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 9));
				Row header = sheet.createRow(1);
				String[] headers = { "連番", "年度", "所管課", "事業名", "予算額（千円）", "決算額（千円）", "差額（千円）", "執行日", "区分", "備考" };
				for (int c = 0; c < headers.length; c++) {
					header.createCell(c).setCellValue(headers[c]);
				}
				LocalDate start = LocalDate.of(2023, 4, 1);
				for (int i = 1; i <= rows; i++) {
					int r = i + 1;
					Row row = sheet.createRow(r);
					String department = departments.get(random.nextInt(departments.size()));
					row.createCell(0).setCellValue(i);
					row.createCell(1).setCellValue(random.nextBoolean() ? "令和5年度" : "令和4年度");
					row.createCell(2).setCellValue(department);
					row.createCell(3).setCellValue(department + "所管 事務事業 第" + i + "号");
					long budget = 100 + random.nextInt(500_000);
					long spent = Math.round(budget * (0.5 + random.nextDouble() * 0.6));
					number(row, 4, budget, money);
					number(row, 5, spent, money);
					Cell diff = row.createCell(6);
					diff.setCellFormula("E" + (r + 1) + "-F" + (r + 1));
					diff.setCellValue(budget - spent);
					diff.setCellStyle(money);
					Cell when = row.createCell(7);
					when.setCellValue(start.plusDays(random.nextInt(366)));
					when.setCellStyle(date);
					row.createCell(8).setCellValue(KINDS[random.nextInt(KINDS.length)]);
					if (i % 7 == 0) {
						row.createCell(9).setCellValue("要確認（" + (i % 97) + "）");
					}
					if (i % 500 == 0) {
						sheet.addMergedRegion(new CellRangeAddress(r, r, 8, 9));
					}
				}
				try (OutputStream out = Files.newOutputStream(file)) {
					workbook.write(out);
				}
				workbook.dispose();
			}
		}
		return file;
	}

	private static void number(Row row, int col, long value, CellStyle style) {
		Cell cell = row.createCell(col);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

}
