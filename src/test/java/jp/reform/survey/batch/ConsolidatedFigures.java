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
import org.jsoup.nodes.Document;

/**
 * What a run consolidated, cell for cell, without where it came from: the CSV, every cell of the
 * consolidated workbook except the 実施項目一覧 and 見直し候補 columns naming the source file, sheet and cell (a
 * reshaped workbook has its values elsewhere), and each plan's section of summary.html (headline and table, the
 * 所管課 filter's departments and every item's departments; the submissions and their findings
 * legitimately differ).
 */
record ConsolidatedFigures(String csv, List<String> workbookCells, List<String> planSections) {

	/** 実施項目一覧: 提出ファイル, シート, 年度セル. */
	private static final Set<Integer> SOURCE_COLUMNS = Set.of(15, 16, 17);

	/** 所管課別: 提出日時, 提出ファイル, エラー, 警告 — about the submission, not the figures. */
	private static final Set<Integer> SUBMISSION_COLUMNS = Set.of(3, 4, 11, 12);

	/**
	 * 見直し候補: 根拠 (the values as stated: a variant's 「約」 or 「％」 shows there; compared item by item in
	 * CarelessTypingConsolidationTests), 提出ファイル, 出典セル.
	 */
	private static final Set<Integer> EVIDENCE_COLUMNS = Set.of(9, 10, 11);

	static ConsolidatedFigures of(Path output) throws IOException {
		String csv = Files.readString(output.resolve(ReportWriter.CSV), StandardCharsets.UTF_8);
		List<String> cells = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (InputStream in = Files.newInputStream(output.resolve(ReportWriter.WORKBOOK));
				Workbook workbook = WorkbookFactory.create(in)) {
			for (Sheet sheet : workbook) {
				Set<Integer> skipped = switch (sheet.getSheetName()) {
					case "実施項目一覧" -> SOURCE_COLUMNS;
					case "所管課別" -> SUBMISSION_COLUMNS;
					case "見直し候補" -> EVIDENCE_COLUMNS;
					default -> Set.of();
				};
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (!skipped.contains(cell.getColumnIndex())) {
							cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + formatter.formatCellValue(cell));
						}
					}
				}
			}
		}
		Document summary = Jsoup.parse(output.resolve(ReportWriter.SUMMARY).toFile(), "UTF-8");
		List<String> sections = new ArrayList<>(summary.select("section.plan .headline, section.plan table.summary")
			.stream()
			.map(e -> e.outerHtml())
			.toList());
		// who the item list's 所管課 filter offers and which items it finds for each: every department named
		sections.add(summary.select("section.plan select[data-filter=departments]").outerHtml());
		summary.select("section.plan tr.item")
			.forEach(row -> sections.add(row.attr("data-departments") + " " + row.select(".depts").text()));
		return new ConsolidatedFigures(csv, cells, sections);
	}

}
