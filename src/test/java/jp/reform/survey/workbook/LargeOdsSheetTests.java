package jp.reform.survey.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import jp.reform.survey.fixture.OdsFiles;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200,000 × 10 sheet in an .ods (content.xml of some 100 MB, Calc's "repeated to the last row"
 * at its end) is read whole through the guarded reader in the 256 MB heap of the
 * {@code hostile-files} execution: every cell, the last row where it is.
 */
@Tag("hostile")
class LargeOdsSheetTests {

	private static final long HEAP_BOUND = 256L << 20;

	@TempDir
	Path dir;

	@Test
	void aLargeSheetIsReadInA256MegabyteHeap() throws Exception {
		assertThat(Runtime.getRuntime().maxMemory()).as("run by the hostile-files execution, -Xmx256m")
			.isLessThanOrEqualTo(HEAP_BOUND);
		Path file = OdsFiles.large(dir.resolve("R5実施報告_大量明細.ods"), 200_000);

		WorkbookGrid grid = new GuardedWorkbookReader(new StreamingWorkbookReader(), WorkbookLimits.defaults()).read(file);

		SheetGrid sheet = grid.sheets().get(0);
		assertThat(sheet.lastRow()).isEqualTo(199_999);
		assertThat(sheet.cellCount()).isEqualTo(200_000L * 10);
		assertThat(sheet.cell(199_999, 1).orElseThrow().text()).isEqualTo("税務課所管 事務事業 第199999号");
		assertThat(sheet.cell(199_999, 9).orElseThrow().text()).isEqualTo("備考\n199999");
		assertThat(sheet.cell(11, 4).orElseThrow().date()).hasToString("2023-12-15T00:00");
		assertThat(sheet.cell(199_999, 3).orElseThrow().formula()).isTrue();
	}

}
