package jp.reform.survey.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jp.reform.survey.fixture.HostileFiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of broken or hostile file is turned away with a reason a person understands, before
 * POI's in-memory model would load it; good workbooks pass untouched. POI's own defaults (zip-bomb
 * and XXE guards) are checked too: they stay on behind the guard.
 */
class GuardedWorkbookReaderTests {

	@TempDir
	Path dir;

	/** The guard in front of POI; {@link GuardedStreamingReaderTests} puts it in front of the streaming reader. */
	WorkbookReader reader = new GuardedWorkbookReader(new PoiWorkbookReader(), new WorkbookLimits(1000));

	@Test
	void goodWorkbookPasses() throws Exception {
		Path good = HostileFiles.goodWorkbook(dir, HostileFiles.DEPARTMENT, LocalDate.of(2024, 5, 20));

		assertThat(reader.read(good).sheets()).extracting(SheetGrid::name)
			.contains("表紙")
			.containsAll(HostileFiles.itemSheets(HostileFiles.DEPARTMENT));
	}

	@Test
	void emptyFile() throws Exception {
		assertRejected(HostileFiles.empty(dir), "ファイルが空です（0バイト）");
	}

	@Test
	void randomBytesNamedXlsx() throws Exception {
		assertRejected(HostileFiles.randomBytes(dir), "Excelブックではありません");
	}

	@Test
	void csvNamedXls() throws Exception {
		assertRejected(HostileFiles.csvNamedXls(dir), "テキスト（CSVなど）のファイルです");
	}

	@Test
	void truncatedXlsx() throws Exception {
		assertRejected(HostileFiles.truncated(dir), "途中までしか保存されていません");
	}

	@Test
	void passwordProtectedWorkbook() throws Exception {
		assertRejected(HostileFiles.encrypted(dir), "パスワードで保護されたブックは読めません");
	}

	@Test
	void externalEntityPayloadIsRefusedAndNeverResolved() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
		Path file = HostileFiles.xxe(dir, secret);

		assertRejected(file, "外部の情報を読み込ませる細工（XXE）");
		// POI alone, without the guard, refuses the DOCTYPE as well: its defaults stay in force.
		assertThatThrownBy(() -> new PoiWorkbookReader().read(file)).isInstanceOf(WorkbookReadException.class)
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("TOP-SECRET"));
	}

	@Test
	void externalLinks() throws Exception {
		assertRejected(HostileFiles.externalLink(dir), "他のブックを参照するリンク（外部参照）");
	}

	@Test
	void zipBombIsStoppedByPoisInflationGuard() throws Exception {
		Path bomb = HostileFiles.zipBomb(dir, 2L << 30);
		assertThat(Files.size(bomb)).isLessThan(4L << 20); // a few MB inflating to 2 GiB

		assertRejected(bomb, "zip爆弾の疑い");
		assertThatThrownBy(() -> new PoiWorkbookReader().read(bomb)).isInstanceOf(WorkbookReadException.class);
	}

	@Test
	void sheetWithMoreRowsThanTheLimitIsRefusedBeforeLoading() throws Exception {
		assertRejected(HostileFiles.manyRows(dir, "多すぎる行.xlsx", 1001), "シート「Ⅲ-②-7」の行数が多すぎます（上限 1,000 行）");
		assertThat(reader.read(HostileFiles.manyRows(dir, "ちょうど.xlsx", 1000)).sheets().get(0).lastRow()).isEqualTo(999);
	}

	@Test
	void declaredDimensionBeyondTheLimitIsRefusedWithoutCountingRows() throws Exception {
		assertRejected(HostileFiles.withDimension(dir, "宣言.xlsx", "A1:I1000000", 3), "行数が多すぎます");
		assertThat(reader.read(HostileFiles.withDimension(dir, "小さい.xlsx", "A1:A3", 3)).sheets()).hasSize(1);
	}

	@Test
	void aFileThatIsNoSpreadsheetIsNamedByItsContent() throws Exception {
		Map<String, ContentKind> files = new LinkedHashMap<>();
		files.put(Files.writeString(dir.resolve("報告書.pdf"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n").getFileName().toString(), ContentKind.PDF);
		files.put(Files.writeString(dir.resolve("一覧.csv"), "計画名,所管課\n第2次,税務課\n").getFileName().toString(), ContentKind.TEXT);
		files.put(zip("説明.docx", "[Content_Types].xml", "word/document.xml").getFileName().toString(), ContentKind.DOCX);
		files.put(zip("R5実施報告.xlsb", "[Content_Types].xml", "xl/workbook.bin").getFileName().toString(), ContentKind.XLSB);
		files.put(zip("まとめ.zip", "R5実施報告_税務課.xlsx").getFileName().toString(), ContentKind.ZIP);
		files.put(Files.write(dir.resolve("写真.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 }).getFileName().toString(),
				ContentKind.IMAGE);
		files.put(Files.write(dir.resolve("memo.txt"), new byte[0]).getFileName().toString(), ContentKind.EMPTY);

		files.forEach((name, kind) -> assertThatThrownBy(() -> reader.read(dir.resolve(name))).as(name)
			.isInstanceOfSatisfying(NotASpreadsheetException.class, ex -> assertThat(ex.kind()).isEqualTo(kind))
			.hasMessageStartingWith("Excel/OpenDocument の表計算ファイルではありません（" + kind.label() + "）"));
	}

	@Test
	void aWorkbookIsReadWhateverItsNameSays() throws Exception {
		Path good = HostileFiles.goodWorkbook(dir, HostileFiles.DEPARTMENT, LocalDate.of(2024, 5, 20));
		Path renamed = Files.move(good, dir.resolve("報告.dat"));

		assertThat(reader.read(renamed).sheets()).extracting(SheetGrid::name).contains("表紙");
	}

	@Test
	void aFileNamedAsAWorkbookThatIsNoneIsRejectedWithWhatItIs() throws Exception {
		assertRejected(Files.writeString(dir.resolve("R5実施報告_税務課.xlsx"), "%PDF-1.7\n"), "中身はPDFです");
		assertThatThrownBy(() -> reader.read(dir.resolve("R5実施報告_税務課.xlsx"))).isNotInstanceOf(NotASpreadsheetException.class);
	}

	private Path zip(String name, String... entries) throws IOException {
		Path file = dir.resolve(name);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return file;
	}

	private void assertRejected(Path file, String reason) {
		assertThatThrownBy(() -> reader.read(file)).isInstanceOf(WorkbookReadException.class)
			.hasMessageContaining(reason);
	}

}
