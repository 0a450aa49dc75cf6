package jp.reform.survey.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jp.reform.survey.store.StoredFinding;
import jp.reform.survey.vocabulary.Severity;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The marked copy with several findings on one cell and on neighbouring cells: one comment per cell, every finding in it. */
class AnnotatedCopyWriterTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void findingsOfOneCellShareOneCommentAndNeighboursKeepTheirOwn(String extension) throws Exception {
		Path original = dir.resolve("調査票." + extension);
		try (Workbook workbook = extension.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(original)) {
			Sheet sheet = workbook.createSheet("取組1");
			sheet.createRow(12).createCell(1).setCellValue("▲200");
			sheet.getRow(12).createCell(2).setCellValue(-50);
			workbook.write(out);
		}
		List<StoredFinding> findings = List.of(finding(Severity.WARNING, "C13", "計が一致しません"),
				finding(Severity.ERROR, "B13", "金額として読めません: ▲200"),
				finding(Severity.WARNING, "B13", "同じ実施項目を財政課も提出しています"),
				finding(Severity.WARNING, "A13", "行の見出しがありません"));
		Path copy = dir.resolve("copy." + extension);

		new AnnotatedCopyWriter().write(original, findings, copy);

		try (InputStream in = Files.newInputStream(copy); Workbook marked = WorkbookFactory.create(in)) {
			Sheet sheet = marked.getSheet("取組1");
			assertThat(sheet.getCellComments()).containsOnlyKeys(new CellAddress("A13"), new CellAddress("B13"),
					new CellAddress("C13"));
			assertThat(sheet.getCellComment(new CellAddress("B13")).getString().getString())
				.isEqualTo("エラー: 金額として読めません: ▲200\n―――\n警告: 同じ実施項目を財政課も提出しています");
			assertThat(sheet.getCellComment(new CellAddress("C13")).getString().getString()).isEqualTo("警告: 計が一致しません");
		}
	}

	private static StoredFinding finding(Severity severity, String cell, String message) {
		return new StoredFinding(1, "調査票", severity, "取組1", cell, message, null);
	}

}
