package jp.reform.survey.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.reform.survey.report.ReportWriter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jsoup.Jsoup;

/**
 * What a run consolidated, cell for cell, without where it came from: the CSV, every cell of the
 * consolidated workbook except the 実施項目一覧 columns naming the source file, sheet and cell (a reshaped
 * workbook has its values elsewhere), and each plan's section of summary.html (headline and table; the
 * submissions and their findings legitimately differ).
 */
record ConsolidatedFigures(String csv, List<String> workbookCells, List<String> planSections) {

	/** 実施項目一覧: 提出ファイル, シート, 年度セル. */
	private static final Set<Integer> SOURCE_COLUMNS = Set.of(13, 14, 15);

	static ConsolidatedFigures of(Path output) throws IOException {
		String csv = Files.readString(output.resolve(ReportWriter.CSV), StandardCharsets.UTF_8);
		List<String> cells = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (InputStream in = Files.newInputStream(output.resolve(ReportWriter.WORKBOOK));
				Workbook workbook = WorkbookFactory.create(in)) {
			for (Sheet sheet : workbook) {
				boolean itemList = sheet.getSheetName().equals("実施項目一覧");
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (!(itemList && SOURCE_COLUMNS.contains(cell.getColumnIndex()))) {
							cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + formatter.formatCellValue(cell));
						}
					}
				}
			}
		}
		List<String> sections = Jsoup.parse(output.resolve(ReportWriter.SUMMARY).toFile(), "UTF-8")
			.select("section.plan")
			.stream()
			.map(e -> e.outerHtml())
			.toList();
		return new ConsolidatedFigures(csv, cells, sections);
	}

}
