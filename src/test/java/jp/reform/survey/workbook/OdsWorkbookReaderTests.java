package jp.reform.survey.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.reform.survey.fixture.HostileFiles;
import jp.reform.survey.fixture.OdsFiles;
import jp.reform.survey.fixture.Soffice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .ods reader on what LibreOffice writes and on what it never would: every value type, the
 * repetition that makes a Calc sheet "end" at row 1,048,576, merged and covered cells, hidden
 * sheets, text with line breaks, comments and furigana; and the same guards as for an .xlsx —
 * DOCTYPE, zip bombs, absurd row counts, repetition bombs, links to other files, broken
 * packages and password-protected files (saved with a password by real LibreOffice).
 */
class OdsWorkbookReaderTests {

	private static final String HIDDEN_STYLE = "<style:style style:name=\"ta2\" style:family=\"table\">"
			+ "<style:table-properties table:display=\"false\"/></style:style>";

	@TempDir
	Path dir;

	private final WorkbookReader reader = new GuardedWorkbookReader(new StreamingWorkbookReader(), new WorkbookLimits(1000));

	@Test
	void valuesByType() throws Exception {
		SheetGrid sheet = read(table("表紙", "ta1", row(
				"<table:table-cell office:value-type=\"float\" office:value=\"1852000\"><text:p>1,852,000</text:p></table:table-cell>",
				"<table:table-cell office:value-type=\"percentage\" office:value=\"0.815\"><text:p>81.5%</text:p></table:table-cell>",
				"<table:table-cell office:value-type=\"currency\" office:currency=\"JPY\" office:value=\"-395\"><text:p>-¥395</text:p></table:table-cell>",
				"<table:table-cell office:value-type=\"date\" office:date-value=\"2024-05-28\"><text:p>2024/5/28</text:p></table:table-cell>",
				"<table:table-cell office:value-type=\"date\" office:date-value=\"2024-05-31T17:30:00\"><text:p>x</text:p></table:table-cell>",
				"<table:table-cell office:value-type=\"time\" office:time-value=\"PT12H00M00S\"><text:p>12:00</text:p></table:table-cell>",
				"<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>TRUE</text:p></table:table-cell>",
				"<table:table-cell table:formula=\"of:=[.A1]*2\" office:value-type=\"float\" office:value=\"3704000\"><text:p>3704000</text:p></table:table-cell>",
				"<table:table-cell table:formula=\"of:=1/0\" office:value-type=\"float\" office:value=\"0\" calcext:value-type=\"error\"><text:p>#DIV/0!</text:p></table:table-cell>",
				"<table:table-cell office:value-type=\"float\" office:value=\"NaN\"><text:p>？</text:p></table:table-cell>")));

		assertThat(sheet.cell(0, 0).orElseThrow().number()).isEqualByComparingTo("1852000");
		GridCell percent = sheet.cell(0, 1).orElseThrow();
		assertThat(percent.number()).isEqualByComparingTo("0.815");
		assertThat(percent.formatString()).contains("%");
		assertThat(sheet.cell(0, 2).orElseThrow().number()).isEqualByComparingTo("-395");
		GridCell date = sheet.cell(0, 3).orElseThrow();
		assertThat(date.date()).isEqualTo(LocalDateTime.of(2024, 5, 28, 0, 0));
		assertThat(date.number()).as("the serial an .xlsx holds").isEqualByComparingTo("45440");
		assertThat(sheet.cell(0, 4).orElseThrow().date()).isEqualTo(LocalDateTime.of(2024, 5, 31, 17, 30));
		assertThat(sheet.cell(0, 5).orElseThrow().number()).isEqualByComparingTo(new BigDecimal("0.5"));
		assertThat(sheet.cell(0, 6).orElseThrow().text()).isEqualTo("TRUE");
		GridCell formula = sheet.cell(0, 7).orElseThrow();
		assertThat(formula.formula()).isTrue();
		assertThat(formula.number()).as("the cached result").isEqualByComparingTo("3704000");
		assertThat(sheet.cell(0, 8).orElseThrow().error()).isEqualTo("#DIV/0!");
		assertThat(sheet.cell(0, 9).orElseThrow().text()).as("an unreadable value: what the cell shows").isEqualTo("？");
	}

	@Test
	void textWithLineBreaksSpacesCommentsAndFurigana() throws Exception {
		SheetGrid sheet = read(table("Ⅲ-①-5", "ta1", row(
				"<table:table-cell office:value-type=\"string\"><office:annotation><text:p>担当者メモ</text:p></office:annotation>"
						+ "<text:p>改行を含む</text:p><text:p>取組<text:line-break/>内容</text:p></table:table-cell>",
				"<table:table-cell office:value-type=\"string\"><text:p><text:s text:c=\"2\"/>効果額<text:span>（千円）</text:span>"
						+ "<text:tab/>注</text:p></table:table-cell>",
				"<table:table-cell office:value-type=\"string\"><text:p><text:ruby><text:ruby-base>所管課</text:ruby-base>"
						+ "<text:ruby-text>しょかんか</text:ruby-text></text:ruby></text:p></table:table-cell>",
				"<table:table-cell office:value-type=\"string\"><text:p>  行革   太郎 </text:p></table:table-cell>",
				"<table:table-cell office:value-type=\"string\" office:string-value=\"計画\"><text:p>表示</text:p></table:table-cell>")));

		assertThat(sheet.cell(0, 0).orElseThrow().text()).isEqualTo("改行を含む\n取組\n内容");
		assertThat(sheet.cell(0, 1).orElseThrow().text()).isEqualTo("  効果額（千円）\t注");
		assertThat(sheet.cell(0, 2).orElseThrow().text()).isEqualTo("所管課");
		assertThat(sheet.cell(0, 3).orElseThrow().text()).as("white space collapsed as ODF says").isEqualTo("行革 太郎 ");
		assertThat(sheet.cell(0, 4).orElseThrow().text()).isEqualTo("計画");
	}

	@Test
	void aSheetRepeatedToItsLastRowHoldsOnlyItsCells() throws Exception {
		SheetGrid sheet = read(table("表紙", "ta1",
				row("<table:table-cell office:value-type=\"string\"><text:p>計画名</text:p></table:table-cell>",
						"<table:table-cell table:number-columns-repeated=\"16383\"/>")
						+ "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
						+ row("<table:table-cell table:number-columns-repeated=\"2\"/>",
								"<table:table-cell office:value-type=\"string\" table:number-columns-repeated=\"3\"><text:p>↓</text:p></table:table-cell>")
						+ "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell office:value-type=\"float\" office:value=\"7\"/></table:table-row>"
						+ "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"));

		assertThat(sheet.rowIndices()).containsExactly(0, 1048571, 1048572, 1048573);
		assertThat(sheet.row(1048571)).extracting(GridCell::ref).containsExactly("C1048572", "D1048572", "E1048572");
		assertThat(sheet.row(1048571)).extracting(GridCell::text).containsOnly("↓");
		assertThat(sheet.cell(1048573, 0).orElseThrow().number()).isEqualByComparingTo("7");
		assertThat(sheet.cellCount()).isEqualTo(6);
	}

	@Test
	void mergedCellsAndHiddenSheets() throws Exception {
		SheetGrid first = readAll(content(HIDDEN_STYLE, table("表紙", "ta1", row(
				"<table:table-cell office:value-type=\"string\"><text:p>計画名</text:p></table:table-cell>",
				"<table:table-cell office:value-type=\"string\" table:number-columns-spanned=\"4\" table:number-rows-spanned=\"2\">"
						+ "<text:p>第2次行財政改革後期実施計画</text:p></table:table-cell>",
				"<table:covered-table-cell table:number-columns-repeated=\"3\" office:value-type=\"string\"><text:p>隠れた値</text:p></table:covered-table-cell>",
				"<table:table-cell office:value-type=\"string\"><text:p>右</text:p></table:table-cell>"))
				+ table("リスト", "ta2", row("<table:table-cell office:value-type=\"string\"><text:p>実施</text:p></table:table-cell>"))))
			.sheets()
			.get(0);
		WorkbookGrid grid = readAll(content(HIDDEN_STYLE, table("表紙", "ta1", "")
				+ table("リスト", "ta2", row("<table:table-cell office:value-type=\"string\"><text:p>実施</text:p></table:table-cell>"))));

		assertThat(first.merged()).containsExactly(new MergedRange(0, 1, 1, 4));
		assertThat(first.valueRightOf(0, 0).orElseThrow().text()).isEqualTo("第2次行財政改革後期実施計画");
		assertThat(first.valueRightOf(0, 1).orElseThrow().text()).as("covered cells are not read").isEqualTo("右");
		assertThat(first.cell(0, 5).orElseThrow().ref()).isEqualTo("F1");
		assertThat(grid.sheets()).extracting(SheetGrid::name, SheetGrid::hidden)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("表紙", false), org.assertj.core.groups.Tuple.tuple("リスト", true));
		assertThat(grid.modified()).as("meta.xml's dc:date").isEqualTo(LocalDateTime.of(2024, 5, 31, 9, 15, 0, 123_000_000));
	}

	@Test
	void aDoctypeIsRefusedAndNeverResolved() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
		String payload = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>";
		Path inContent = OdsFiles.write(dir.resolve("xxe.ods"),
				content("", table("表紙", "ta1", row("<table:table-cell office:value-type=\"string\"><text:p>&s;</text:p></table:table-cell>")))
					.replaceFirst("<\\?xml[^>]*\\?>", payload));
		Map<String, String> parts = plainParts();
		parts.put("styles.xml", payload + "<office:document-styles/>");
		Path inStyles = OdsFiles.write(dir.resolve("xxe-styles.ods"), OdsFiles.SPREADSHEET, parts);

		for (Path file : new Path[] { inContent, inStyles }) {
			assertThatThrownBy(() -> reader.read(file)).isInstanceOf(WorkbookReadException.class)
				.hasMessageContaining("外部の情報を読み込ませる細工（XXE）")
				.hasMessageNotContaining("TOP-SECRET");
		}
	}

	@Test
	void aZipBombIsStoppedWhileItInflates() throws Exception {
		String blanks = " ".repeat(20 << 20);
		Path bomb = OdsFiles.write(dir.resolve("bomb.ods"), content("", table("表紙", "ta1",
				row("<table:table-cell office:value-type=\"string\"><text:p>" + blanks + "</text:p></table:table-cell>"))));
		assertThat(Files.size(bomb)).isLessThan(100_000);

		assertRejected(bomb, "zip爆弾の疑い");
	}

	@Test
	void repetitionThatWouldMakeMillionsOfCellsIsRefused() throws Exception {
		Path file = OdsFiles.write(dir.resolve("repeat.ods"), content("", table("Ⅲ-①-5", "ta1",
				"<table:table-row table:number-rows-repeated=\"900\"><table:table-cell office:value-type=\"float\" office:value=\"1\""
						+ " table:number-columns-repeated=\"16384\"/></table:table-row>")));

		assertRejected(file, "シート「Ⅲ-①-5」に、同じセルを繰り返す指定で極端に多くのセル（2,000,000 個を超える）");
	}

	@Test
	void moreRowsThanTheLimitAreRefused() throws Exception {
		String rows = "<table:table-row table:number-rows-repeated=\"%d\"><table:table-cell office:value-type=\"float\""
				+ " office:value=\"1\"/></table:table-row>";
		assertRejected(OdsFiles.write(dir.resolve("多すぎる行.ods"), content("", table("Ⅲ-②-7", "ta1", rows.formatted(1001)))),
				"シート「Ⅲ-②-7」の行数が多すぎます（上限 1,000 行）");
		assertThat(read(table("Ⅲ-②-7", "ta1", rows.formatted(1000))).lastRow()).isEqualTo(999);
	}

	@Test
	void aSheetLinkedToAnotherFileIsRefused() throws Exception {
		assertRejected(OdsFiles.write(dir.resolve("link.ods"), content("", table("'file:///tmp/other.ods'#Sheet1", "ta1",
				"<table:table-source xlink:href=\"file:///tmp/other.ods\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"/>"
						+ row("<table:table-cell office:value-type=\"float\" office:value=\"1\"/>")))),
				"他のブックを参照するリンク（外部参照）");
	}

	@Test
	void brokenPackagesAreRefusedWithAReason() throws Exception {
		Path good = Soffice.convert(HostileFiles.goodWorkbook(dir, HostileFiles.DEPARTMENT, java.time.LocalDate.of(2024, 5, 20)),
				"ods", dir.resolve("ods"));
		byte[] bytes = Files.readAllBytes(good);
		Path truncated = Files.write(dir.resolve("途中まで.ods"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
		Map<String, String> noContent = new LinkedHashMap<>();
		noContent.put("META-INF/manifest.xml", OdsFiles.manifest(OdsFiles.SPREADSHEET, ""));
		Path missing = OdsFiles.write(dir.resolve("部品なし.ods"), OdsFiles.SPREADSHEET, noContent);
		Path brokenXml = OdsFiles.write(dir.resolve("xml.ods"), "<office:document-content><table:table");

		assertThat(reader.read(good).sheets()).extracting(SheetGrid::name).contains("表紙");
		assertRejected(truncated, "途中までしか保存されていません");
		assertRejected(missing, "OpenDocument のファイルとして必要な部品（content.xml）がありません");
		assertRejected(brokenXml, "ファイルの中のXMLが壊れています");
	}

	@Test
	void aFileSavedWithAPasswordByLibreOfficeIsRefused() throws Exception {
		Path original = HostileFiles.goodWorkbook(dir, HostileFiles.DEPARTMENT, java.time.LocalDate.of(2024, 5, 20));
		Path locked = Soffice.saveEncrypted(original, dir.resolve("パスワード付き.ods"), "secret");

		assertThat(ContentKind.of(locked)).isEqualTo(ContentKind.ODS);
		assertRejected(locked, "パスワードで保護されたブックは読めません");
	}

	private SheetGrid read(String tables) throws Exception {
		return readAll(content("", tables)).sheets().get(0);
	}

	private WorkbookGrid readAll(String content) throws Exception {
		return reader.read(OdsFiles.write(dir.resolve("test.ods"), content));
	}

	private void assertRejected(Path file, String reason) {
		assertThatThrownBy(() -> reader.read(file)).isInstanceOf(WorkbookReadException.class)
			.isNotInstanceOf(NotASpreadsheetException.class)
			.hasMessageContaining(reason);
	}

	private static Map<String, String> plainParts() {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("META-INF/manifest.xml", OdsFiles.manifest(OdsFiles.SPREADSHEET, ""));
		parts.put("content.xml", content("", table("表紙", "ta1", "")));
		return parts;
	}

	private static String content(String styles, String tables) {
		return OdsFiles.content(styles, tables);
	}

	private static String table(String name, String style, String rows) {
		return "<table:table table:name=\"" + name + "\" table:style-name=\"" + style + "\">"
				+ "<table:table-column table:number-columns-repeated=\"16384\"/>" + rows + "</table:table>";
	}

	private static String row(String... cells) {
		return "<table:table-row>" + String.join("", cells) + "</table:table-row>";
	}

}
