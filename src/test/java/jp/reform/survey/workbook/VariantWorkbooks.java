package jp.reform.survey.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * Workbooks that exercise every kind of cell the readers must agree on: written with POI where POI
 * can write them, and by editing the package XML for what Excel writes but POI does not (phonetic
 * guides, _xHHHH_ escapes, unstyled cells in styled columns, inline strings, cached values only).
 */
final class VariantWorkbooks {

	private VariantWorkbooks() {
	}

	/** Every cell kind POI can write: numbers, dates and era dates, formulas of each result type, errors, merges. */
	static Path cellKinds(Path dir, String name, boolean date1904) throws IOException {
		Path file = dir.resolve(name);
		try (Workbook wb = create(name)) {
			if (date1904 && wb instanceof XSSFWorkbook xssf) {
				var properties = xssf.getCTWorkbook().isSetWorkbookPr() ? xssf.getCTWorkbook().getWorkbookPr()
						: xssf.getCTWorkbook().addNewWorkbookPr();
				properties.setDate1904(true);
			}
			if (date1904 && wb instanceof HSSFWorkbook hssf) {
				((DateWindow1904Record) hssf.getInternalWorkbook().findFirstRecordBySid(DateWindow1904Record.sid))
					.setWindowing((short) 1);
			}
			Sheet sheet = wb.createSheet("Ⅲ-②-7");
			CellStyle ymd = style(wb, "yyyy/m/d");
			CellStyle era = style(wb, "[$-411]ggge\"年\"m\"月\"d\"日\"");
			CellStyle builtinEra = wb.createCellStyle();
			builtinEra.setDataFormat((short) 31);
			CellStyle builtinDate = wb.createCellStyle();
			builtinDate.setDataFormat((short) 14);
			CellStyle money = style(wb, "#,##0");
			CellStyle text = style(wb, "@");
			CellStyle dateTime = style(wb, "yyyy/mm/dd hh:mm");

			Row r0 = sheet.createRow(0);
			r0.createCell(0).setCellValue("実施項目 進捗管理シート");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
			Row r1 = sheet.createRow(2);
			r1.createCell(0).setCellValue("実施項目");
			r1.createCell(1).setCellValue("固定資産税の課税客体の適切な把握");
			for (int c = 2; c <= 8; c++) {
				r1.createCell(c).setCellStyle(text); // styled blanks inside the merge
			}
			sheet.addMergedRegion(new CellRangeAddress(2, 2, 1, 8));
			Row r2 = sheet.createRow(3);
			double[] numbers = { 0.1, 1e-10, 1.23456789012e20, -395, 46492, 1852000, 98.1, 0, 3.0000000000000004,
					12345678.9 };
			for (int c = 0; c < numbers.length; c++) {
				Cell cell = r2.createCell(c);
				cell.setCellValue(numbers[c]);
				cell.setCellStyle(c % 2 == 0 ? money : null);
			}
			Row r3 = sheet.createRow(4);
			date(r3, 0, LocalDate.of(2024, 5, 10), ymd);
			date(r3, 1, LocalDate.of(2019, 5, 1), era);
			date(r3, 2, LocalDate.of(2023, 4, 1), builtinEra);
			date(r3, 3, LocalDate.of(2024, 3, 31), builtinDate);
			Cell stamp = r3.createCell(4);
			stamp.setCellValue(LocalDateTime.of(2024, 5, 31, 17, 30));
			stamp.setCellStyle(dateTime);
			Cell negative = r3.createCell(5);
			negative.setCellValue(-1);
			negative.setCellStyle(ymd);
			Row r4 = sheet.createRow(6);
			r4.createCell(0).setCellValue(50205);
			r4.createCell(1).setCellValue(1852000);
			r4.createCell(2).setCellFormula("ROUND(A7/B7*100,2)");
			r4.createCell(3).setCellFormula("\"計\"&\"画\"");
			r4.createCell(4).setCellFormula("A7>B7");
			r4.createCell(5).setCellFormula("1/0");
			r4.createCell(6).setCellFormula("NA()");
			r4.createCell(7).setCellFormula("SUM(A7:B7)");
			r4.getCell(7).setCellStyle(money);
			r4.createCell(8).setCellFormula("\"\"");
			Row r5 = sheet.createRow(7);
			r5.createCell(0).setCellValue(true);
			r5.createCell(1).setCellValue(false);
			r5.createCell(2).setCellErrorValue(FormulaError.REF.getCode());
			r5.createCell(3).setCellValue("");
			r5.createCell(4).setCellValue("　 ");
			r5.createCell(5).setCellValue("△395");
			r5.createCell(6).setCellValue("１，２３４");
			RichTextString rich = wb.getCreationHelper().createRichTextString("効果額（千円）");
			rich.applyFont(0, 3, wb.createFont());
			r5.createCell(7).setCellValue(rich);
			r5.createCell(8).setCellValue("改行を含む\n取組内容");
			sheet.createRow(20).createCell(10).setCellValue("離れたセル");
			sheet.addMergedRegion(new CellRangeAddress(10, 12, 3, 4));

			Sheet list = wb.createSheet("リスト");
			list.createRow(0).createCell(0).setCellValue("実施");
			wb.setSheetHidden(1, true);
			Sheet veryHidden = wb.createSheet("設定");
			veryHidden.createRow(0).createCell(0).setCellValue(1);
			wb.setSheetVisibility(2, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
			wb.createSheet("空");
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			write(wb, file);
		}
		return file;
	}

	/** The same cells in a legacy .xls (HSSF), for the event-API reader. */
	static Path legacyCellKinds(Path dir, boolean date1904) throws IOException {
		return cellKinds(dir, date1904 ? "legacy1904.xls" : "legacy.xls", date1904);
	}

	private static Workbook create(String name) {
		if (name.endsWith(".xls")) {
			return new HSSFWorkbook();
		}
		return new XSSFWorkbook(name.endsWith(".xlsm") ? XSSFWorkbookType.XLSM : XSSFWorkbookType.XLSX);
	}

	/** Written by SXSSF: inline strings instead of a shared-strings table, as some tools write. */
	static Path inlineStrings(Path dir) throws IOException {
		Path file = dir.resolve("inline.xlsx");
		try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
			Sheet sheet = wb.createSheet("表紙");
			for (int r = 0; r < 30; r++) {
				Row row = sheet.createRow(r * 2);
				row.createCell(1).setCellValue("計画名" + r);
				row.createCell(2).setCellValue(r * 1.5);
				row.createCell(3).setCellFormula("C" + (r * 2 + 1) + "*2");
			}
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, 5));
			write(wb, file);
			wb.dispose();
		}
		return file;
	}

	/**
	 * What Excel writes and POI does not: phonetic guides (furigana) in shared strings, _xHHHH_ escapes,
	 * a shared string with no text, unstyled cells in a styled column, inline strings, string/boolean/error
	 * cells without formulas, a formula without a cached value, and a shared string index out of range.
	 */
	static Path excelOnlyXml(Path dir) throws IOException {
		Path file = dir.resolve("excel-only.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet("表紙");
			sheet.createRow(0).createCell(0).setCellValue("PLACEHOLDER_A");
			CellStyle date = style(wb, "yyyy/m/d");
			sheet.setDefaultColumnStyle(3, date);
			write(wb, file);
		}
		rewrite(file, "xl/sharedStrings.xml", xml -> xml.replaceFirst("<si><t>PLACEHOLDER_A</t></si>",
				"<si><r><t>提出</t></r><r><rPr><b/></rPr><t>日</t></r><rPh sb=\"0\" eb=\"2\"><t>テイシュツ</t></rPh>"
						+ "<phoneticPr fontId=\"1\"/></si><si><t>行1_x000D_行2_x005F_x0041_</t></si><si/>"
						+ "<si><t xml:space=\"preserve\">  前後に空白  </t></si>")
			.replaceFirst("count=\"1\"", "count=\"4\"")
			.replaceFirst("uniqueCount=\"1\"", "uniqueCount=\"4\""));
		rewrite(file, "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<sheetData>.*</sheetData>", "<sheetData>"
				+ "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
				+ "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\"><v>45422</v></c><c r=\"E1\" t=\"s\"><v>3</v></c>"
				+ "<c r=\"F1\" t=\"s\"><v>99</v></c></row>"
				+ "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>インライン</t></is></c>"
				+ "<c r=\"B3\" t=\"str\"><v>式なし文字列</v></c><c r=\"C3\" t=\"b\"><v>1</v></c>"
				+ "<c r=\"D3\" t=\"e\"><v>#N/A</v></c><c r=\"E3\"><f>1+1</f></c>"
				+ "<c r=\"F3\" t=\"str\"><f>\"a\"</f></c><c r=\"G3\" s=\"0\"/><c r=\"H3\"><v></v></c></row>"
				+ "<row r=\"5\" spans=\"1:3\"><c r=\"A5\" s=\"999\"><v>7</v></c>"
				+ "<c r=\"B5\" t=\"inlineStr\"><is><r><t>分</t></r><r><t>割</t></r></is></c></row>"
				+ "</sheetData>"));
		return file;
	}

	/** A package whose sheet XML is 24 MB of whitespace (past the 16 MB grace) that deflates to a few KB. */
	static Path zipBomb(Path dir) throws IOException {
		Path file = dir.resolve("bomb.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			wb.createSheet("s").createRow(0).createCell(0).setCellValue("x");
			write(wb, file);
		}
		rewrite(file, "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<sheetData>", "<sheetData>" + " ".repeat(24_000_000)));
		return file;
	}

	/** A sheet declaring an external entity that points at {@code secret}. */
	static Path externalEntity(Path dir, Path secret) throws IOException {
		Path file = dir.resolve("xxe.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			wb.createSheet("s").createRow(0).createCell(0).setCellValue("x");
			write(wb, file);
		}
		rewrite(file, "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<\\?xml[^>]*>",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
						+ secret.toUri() + "\">]>")
			.replaceFirst("<sheetData>.*</sheetData>",
					"<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData>"));
		return file;
	}

	private static void date(Row row, int col, LocalDate date, CellStyle style) {
		Cell cell = row.createCell(col);
		cell.setCellValue(date);
		cell.setCellStyle(style);
	}

	private static CellStyle style(Workbook wb, String format) {
		CellStyle style = wb.createCellStyle();
		style.setDataFormat(wb.createDataFormat().getFormat(format));
		return style;
	}

	static void write(Workbook wb, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			wb.write(out);
		}
	}

	/** Rewrites one part of a package in place. */
	static void rewrite(Path file, String part, UnaryOperator<String> edit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(file)));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				byte[] bytes = in.readAllBytes();
				if (entry.getName().equals(part)) {
					bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				zip.write(bytes);
				zip.closeEntry();
			}
		}
		Files.write(file, out.toByteArray());
	}

}
