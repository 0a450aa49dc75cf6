package jp.reform.survey.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

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

	private void assertRejected(Path file, String reason) {
		assertThatThrownBy(() -> reader.read(file)).isInstanceOf(WorkbookReadException.class)
			.hasMessageContaining(reason);
	}

}
