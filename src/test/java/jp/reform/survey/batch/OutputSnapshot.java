package jp.reform.survey.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.report.ReportWriter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The content of one run's outputs in comparable form: CSV text, every xlsx cell as text, and the
 * summary without its run timestamp, the key of the store state it was built from (ids and times
 * differ between databases), its 「前回の集計からの変更」 section and its run history — the
 * things that differ between two runs of the same data by design (a first run has nothing to compare
 * with, a rerun compares with the first; the changes section itself is checked by the functional test).
 */
record OutputSnapshot(String csv, List<String> workbookCells, String summary) {

	static OutputSnapshot of(Path output) throws IOException {
		String csv = Files.readString(output.resolve(ReportWriter.CSV), StandardCharsets.UTF_8);
		String html = Files.readString(output.resolve(ReportWriter.SUMMARY), StandardCharsets.UTF_8)
			.replaceAll("集計日時: [^　<]*", "集計日時: *")
			.replaceAll("<meta name=\"reform-report-state\" content=\"[0-9a-f]*\">", "<meta name=\"reform-report-state\">")
			.replaceAll("(?s)<section class=\"changes\" id=\"changes\">.*?</section>", "<section id=\"changes\">*</section>")
			.replaceAll("(?s)<section id=\"run-history\">.*?</section>", "<section id=\"run-history\">*</section>");
		return new OutputSnapshot(csv, cells(output.resolve(ReportWriter.WORKBOOK)), html);
	}

	static List<String> cells(Path xlsx) throws IOException {
		List<String> cells = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = WorkbookFactory.create(in)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + formatter.formatCellValue(cell));
					}
				}
			}
		}
		return cells;
	}

}
