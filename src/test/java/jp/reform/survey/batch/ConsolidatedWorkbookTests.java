package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jp.reform.survey.fixture.Plan;
import jp.reform.survey.fixture.SurveyItem;
import jp.reform.survey.report.ReportWriter;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * consolidated.xlsx opened with POI: the published figures of 推進項目の一覧, the four sheets, and what
 * makes it print-ready as it is — A4 landscape one page wide, repeated header rows, frozen panes,
 * {@code #,##0} amounts that are numbers, 和暦 year headers, columns wide enough for their Japanese text.
 */
class ConsolidatedWorkbookTests extends SampleOutputTests {

	private static final Pattern NUMBER_AS_TEXT = Pattern.compile("[△▲-]?[0-9０-９][0-9０-９,，]*(\\.[0-9]+)?");

	private Workbook workbook;

	@BeforeAll
	void open() throws IOException {
		try (InputStream in = Files.newInputStream(output.resolve(ReportWriter.WORKBOOK))) {
			workbook = WorkbookFactory.create(in);
		}
	}

	@AfterAll
	void close() throws IOException {
		workbook.close();
	}

	@Test
	void holdsThePublishedTableAndTheThreeDetailSheets() throws IOException {
		new PublishedTableAssertions().assertWorkbook(output.resolve(ReportWriter.WORKBOOK));
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		assertThat(names).containsExactly("推進項目の一覧", "実施項目一覧", "所管課別", "成果指標推移", "管理表_Ⅰ", "管理表_Ⅱ",
				"管理表_Ⅲ", "管理表_Ⅳ", "見直し候補");
	}

	@Test
	void everySheetPrintsA4LandscapeOnePageWideWithRepeatedHeaders() {
		assertPrint("推進項目の一覧", "3:4", 1);
		assertPrint("実施項目一覧", "1:1", 0);
		assertPrint("所管課別", "1:1", 0);
		assertPrint("成果指標推移", "1:2", 0);
		assertFrozen("推進項目の一覧", 4, 4);
		assertFrozen("実施項目一覧", 1, 5);
		assertFrozen("所管課別", 1, 2);
		assertFrozen("成果指標推移", 2, 6);
	}

	@Test
	void amountsAreNumbersFormattedWithSeparatorsAndTriangleNegatives() {
		Sheet published = workbook.getSheet("推進項目の一覧");
		for (int r = 4; r <= published.getLastRowNum(); r++) {
			Row row = published.getRow(r);
			if (row == null || row.getCell(4) == null || row.getCell(4).getCellType() != CellType.NUMERIC) {
				continue;
			}
			for (int c = 4; c <= 9; c++) {
				Cell cell = row.getCell(c);
				String format = cell.getCellStyle().getDataFormatString();
				assertThat(format).as("%s format", cell.getAddress()).isIn("#,##0;\"△\"#,##0", "0.00");
			}
		}
		Sheet items = workbook.getSheet("実施項目一覧");
		assertThat(items.getRow(0).getCell(10).getStringCellValue()).isEqualTo("効果目標額（千円）");
		long amounts = 0;
		for (Row row : items) {
			Cell target = row.getCell(10);
			if (row.getRowNum() > 0 && target != null && target.getCellType() == CellType.NUMERIC) {
				assertThat(target.getCellStyle().getDataFormatString()).startsWith("#,##0");
				amounts++;
			}
		}
		assertThat(amounts).isGreaterThan(50);
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.STRING) {
						assertThat(NUMBER_AS_TEXT.matcher(cell.getStringCellValue().strip()).matches())
							.as("%s!%s holds a number as text: %s", sheet.getSheetName(), cell.getAddress(),
									cell.getStringCellValue())
							.isFalse();
					}
				}
			}
		}
	}

	@Test
	void yearHeadersAreWarekiAndKpiFiguresKeepTheirDecimals() {
		Sheet kpi = workbook.getSheet("成果指標推移");
		Row years = kpi.getRow(0);
		assertThat(List.of(text(years, 6), text(years, 8), text(years, 10), text(years, 12), text(years, 14)))
			.containsExactly("令和元年度", "令和2年度", "令和3年度", "令和4年度", "令和5年度");
		assertThat(List.of(text(kpi.getRow(1), 6), text(kpi.getRow(1), 7))).containsExactly("目標", "実績");
		Row membership = rowOf(kpi, 1, "Ⅰ-①-2");
		assertThat(text(membership, 4)).isEqualTo("自治会加入率");
		Cell first = membership.getCell(7);
		assertThat(first.getNumericCellValue()).isEqualTo(57.4);
		assertThat(first.getCellStyle().getDataFormatString()).startsWith("#,##0.0;");
		long withKpi = Plan.iizuka2023()
			.items()
			.stream()
			.map(SurveyItem::indicator)
			.filter(i -> !i.isBlank() && !i.matches("[-—－]"))
			.count();
		assertThat(kpi.getLastRowNum() - 1).isEqualTo((int) withKpi);

		Sheet items = workbook.getSheet("実施項目一覧");
		assertThat(items.getRow(1).getCell(6).getStringCellValue()).isEqualTo("令和元年度");
		assertThat(items.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(2019);
	}

	@Test
	void listsEveryDepartmentWithItsItemsAndEffects() {
		Sheet departments = workbook.getSheet("所管課別");
		long leads = Plan.iizuka2023().items().stream().map(SurveyItem::lead).distinct().count();
		assertThat(departments.getLastRowNum()).isEqualTo((int) leads + 1);
		Row total = departments.getRow(departments.getLastRowNum());
		assertThat(text(total, 1)).isEqualTo("計（" + leads + "課）");
		assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(54);
		assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(44);
		assertThat(BigDecimal.valueOf(total.getCell(8).getNumericCellValue())).isEqualByComparingTo("1852000");
		assertThat(BigDecimal.valueOf(total.getCell(9).getNumericCellValue())).isEqualByComparingTo("16484161");
		Row tax = rowOf(departments, 1, "税務課");
		assertThat(text(tax, 2)).isEqualTo("● 提出済");
		assertThat(tax.getCell(3).getCellType()).as("提出日時 is a date").isEqualTo(CellType.NUMERIC);
		assertThat(tax.getCell(3).getLocalDateTimeCellValue().toLocalDate()).hasToString("2024-05-28");
	}

	@Test
	void columnsAreWideEnoughForTheirJapaneseText() {
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					// Table cells only: a title or note without borders runs on over the empty cells beside it.
					if (cell.getCellType() != CellType.STRING || cell.getCellStyle().getWrapText() || merged(sheet, cell)
							|| sheet.isColumnHidden(cell.getColumnIndex())
							|| cell.getCellStyle().getBorderLeft() == BorderStyle.NONE) {
						continue;
					}
					int needed = displayWidth(cell.getStringCellValue());
					assertThat(sheet.getColumnWidth(cell.getColumnIndex()) / 256)
						.as("%s!%s「%s」", sheet.getSheetName(), cell.getAddress(), cell.getStringCellValue())
						.isGreaterThanOrEqualTo(needed);
				}
			}
		}
	}

	@Test
	void wrappedTextGetsRowsTallEnoughForItsLinesAllTheWayDown() {
		for (String name : List.of("実施項目一覧", "成果指標推移")) {
			Sheet sheet = workbook.getSheet(name);
			int first = sheet.getRepeatingRows().getLastRow() + 1;
			if (name.equals("実施項目一覧")) {
				assertThat(sheet.getLastRowNum()).as("%s streams past its in-memory window of 100 rows", name)
					.isGreaterThan(first + 100);
			}
			int multiLine = 0;
			for (int r = first; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				int lines = 1;
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()) {
						int perLine = sheet.getColumnWidth(cell.getColumnIndex()) / 256 - 2;
						lines = Math.max(lines, (displayWidth(cell.getStringCellValue()) + perLine - 1) / perLine);
					}
				}
				multiLine += lines > 1 ? 1 : 0;
				assertThat(row.getHeightInPoints()).as("%s row %d needs %d lines", name, r + 1, lines)
					.isGreaterThanOrEqualTo(lines * 14f);
			}
			assertThat(multiLine).as("%s has rows that wrap", name).isPositive();
		}
	}

	private void assertPrint(String name, String repeating, int fitHeight) {
		Sheet sheet = workbook.getSheet(name);
		PrintSetup print = sheet.getPrintSetup();
		assertThat(print.getLandscape()).as("%s landscape", name).isTrue();
		assertThat(print.getPaperSize()).as("%s A4", name).isEqualTo(PrintSetup.A4_PAPERSIZE);
		assertThat(sheet.getFitToPage()).as("%s fit to page", name).isTrue();
		assertThat(print.getFitWidth()).as("%s one page wide", name).isEqualTo((short) 1);
		assertThat(print.getFitHeight()).as("%s pages high", name).isEqualTo((short) fitHeight);
		CellRangeAddress rows = sheet.getRepeatingRows();
		assertThat(rows).as("%s repeating rows", name).isNotNull();
		assertThat((rows.getFirstRow() + 1) + ":" + (rows.getLastRow() + 1)).isEqualTo(repeating);
		assertThat(sheet.getFooter().getCenter()).contains("&P");
	}

	private void assertFrozen(String name, int rows, int cols) {
		PaneInformation pane = workbook.getSheet(name).getPaneInformation();
		assertThat(pane).as("%s frozen panes", name).isNotNull();
		assertThat(pane.isFreezePane()).isTrue();
		assertThat((int) pane.getHorizontalSplitPosition()).as("%s frozen rows", name).isEqualTo(rows);
		assertThat((int) pane.getVerticalSplitPosition()).as("%s frozen columns", name).isEqualTo(cols);
	}

	private static boolean merged(Sheet sheet, Cell cell) {
		return sheet.getMergedRegions().stream().anyMatch(r -> r.isInRange(cell));
	}

	/** Independent of the writer's own count: full-width and CJK characters take two digit widths. */
	private static int displayWidth(String text) {
		return text.codePoints().map(cp -> cp >= 0x2000 && cp < 0xFF61 ? 2 : 1).sum();
	}

	private static Row rowOf(Sheet sheet, int col, String value) {
		for (Row row : sheet) {
			if (value.equals(text(row, col))) {
				return row;
			}
		}
		throw new AssertionError("no row with " + value + " in " + sheet.getSheetName());
	}

	private static String text(Row row, int col) {
		Cell cell = row == null ? null : row.getCell(col);
		return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue().strip();
	}

}
