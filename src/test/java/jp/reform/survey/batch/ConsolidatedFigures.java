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
import jp.reform.survey.report.SheetColumns;

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

	/**
	 * 実施項目一覧: where each row's values come from; and 達成率 and 備考, which a reshaped workbook may leave out
	 * of its item sheets (a column no item fills is not written; their values are compared one by one in the
	 * store and item_values.csv).
	 */
	private static final Set<String> SOURCE_COLUMNS = Set.of("提出ファイル", "シート", "年度セル", "達成率（%）", "備考");

	/** 実施項目の記述: the file each item's texts come from. */
	private static final Set<String> FILE_COLUMN = Set.of("提出ファイル");

	/** 所管課別: about the submission, not the figures. */
	private static final Set<String> SUBMISSION_COLUMNS = Set.of("提出日時", "提出ファイル", "エラー", "警告");

	/**
	 * 見直し候補: 根拠 (the values as stated: a variant's 「約」 or 「％」 shows there; compared item by item in
	 * CarelessTypingConsolidationTests), 提出ファイル, 出典セル.
	 */
	private static final Set<String> EVIDENCE_COLUMNS = Set.of("根拠（年度・値）", "提出ファイル", "出典セル");

	static ConsolidatedFigures of(Path output) throws IOException {
		String csv = Files.readString(output.resolve(ReportWriter.CSV), StandardCharsets.UTF_8);
		List<String> cells = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (InputStream in = Files.newInputStream(output.resolve(ReportWriter.WORKBOOK));
				Workbook workbook = WorkbookFactory.create(in)) {
			for (Sheet sheet : workbook) {
				Set<String> skippedHeaders = switch (sheet.getSheetName()) {
					case "実施項目一覧" -> SOURCE_COLUMNS;
					case "実施項目の記述" -> FILE_COLUMN;
					case "所管課別" -> SUBMISSION_COLUMNS;
					case "見直し候補" -> EVIDENCE_COLUMNS;
					default -> Set.of();
				};
				SheetColumns columns = skippedHeaders.isEmpty() ? null : SheetColumns.of(sheet);
				List<Integer> skipped = skippedHeaders.stream().filter(h -> columns.has(h)).map(h -> columns.index(h)).toList();
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
