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
import jp.reform.survey.report.SheetColumns;

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
		assertThat(names).containsExactly("推進項目の一覧", "実施項目一覧", "実施項目の記述", "所管課別", "成果指標推移", "管理表_Ⅰ", "管理表_Ⅱ",
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
		SheetColumns items = SheetColumns.of(workbook.getSheet("実施項目一覧"));
		long amounts = 0;
		for (Row row : items.rows()) {
			Cell target = items.cell(row, "効果目標額（千円）");
			if (target != null && target.getCellType() == CellType.NUMERIC) {
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
		SheetColumns kpi = SheetColumns.of(workbook.getSheet("成果指標推移"));
		// the sample's sheets state 成果状況 but no 数値目標: a year's 実績 only, no column of blanks
		assertThat(kpi.headers()).endsWith("令和元年度/実績", "令和2年度/実績", "令和3年度/実績", "令和4年度/実績", "令和5年度/実績");
		assertThat(kpi.headers()).noneMatch(h -> h.endsWith("/目標"));
		Row membership = kpi.rowWith("番号", "Ⅰ-①-2");
		assertThat(kpi.text(membership, "成果指標")).isEqualTo("自治会加入率");
		Cell actual = kpi.cell(membership, "令和元年度/実績");
		assertThat(actual.getNumericCellValue()).isEqualTo(57.4);
		assertThat(actual.getCellStyle().getDataFormatString()).startsWith("#,##0.0;");
		long withKpi = Plan.iizuka2023()
			.items()
			.stream()
			.map(SurveyItem::indicator)
			.filter(i -> !i.isBlank() && !i.matches("[-—－]"))
			.count();
		assertThat(kpi.rows()).hasSize((int) withKpi);

		SheetColumns items = SheetColumns.of(workbook.getSheet("実施項目一覧"));
		Row first = items.rows().get(0);
		assertThat(items.text(first, "年度")).isEqualTo("令和元年度");
		assertThat(items.cell(first, "西暦年度").getNumericCellValue()).isEqualTo(2019);
	}

	@Test
	void listsEveryDepartmentWithItsItemsAndEffects() {
		SheetColumns departments = SheetColumns.of(workbook.getSheet("所管課別"));
		long leads = Plan.iizuka2023().items().stream().map(SurveyItem::lead).distinct().count();
		assertThat(departments.rows()).hasSize((int) leads + 1);
		Row total = departments.rows().get(departments.rows().size() - 1);
		assertThat(departments.text(total, "所管課")).isEqualTo("計（" + leads + "課）");
		assertThat(departments.cell(total, "担当項目数").getNumericCellValue()).isEqualTo(54);
		assertThat(departments.cell(total, "実施済み").getNumericCellValue()).isEqualTo(44);
		assertThat(departments.cell(total, "未実施").getNumericCellValue()).isEqualTo(10);
		assertThat(BigDecimal.valueOf(departments.cell(total, "効果目標額（千円）").getNumericCellValue()))
			.isEqualByComparingTo("1852000");
		assertThat(BigDecimal.valueOf(departments.cell(total, "効果額（千円）").getNumericCellValue()))
			.isEqualByComparingTo("16484161");
		Row tax = departments.rowWith("所管課", "税務課");
		assertThat(departments.text(tax, "提出状況")).isEqualTo("● 提出済");
		Cell submitted = departments.cell(tax, "提出日時");
		assertThat(submitted.getCellType()).as("提出日時 is a date").isEqualTo(CellType.NUMERIC);
		assertThat(submitted.getLocalDateTimeCellValue().toLocalDate()).hasToString("2024-05-28");
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
					// a hidden column (計画名 of a one-plan workbook) is neither shown nor printed
					if (cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()
							&& !sheet.isColumnHidden(cell.getColumnIndex())) {
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

}
