package jp.reform.survey.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.reform.survey.report.SpreadsheetText;
import jp.reform.survey.store.StoredFinding;
import jp.reform.survey.vocabulary.Severity;
import jp.reform.survey.workbook.StreamingWorkbookReader;
import jp.reform.survey.workbook.WorkbookReadException;
import jp.reform.survey.workbook.WorkbookReader;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * A copy of a department's own workbook with every offending cell filled (red for an error,
 * yellow for a warning) and a cell comment saying what is wrong and what was expected, plus a
 * first sheet 「指摘一覧」 listing them with links to the cells. The original is read, never
 * written: the copy goes to the output folder in the original's format (.xlsx, .xlsm, .xls); an
 * OpenDocument original (.ods), which POI cannot write, gets an .xlsx of its values ({@link GridCopy}).
 */
final class AnnotatedCopyWriter {

	static final String LIST_SHEET = "指摘一覧";

	private static final String AUTHOR = "行財政改革担当";

	private final WorkbookReader reader = new StreamingWorkbookReader();

	void write(Path original, List<StoredFinding> findings, Path copy) throws IOException {
		Workbook workbook;
		try (InputStream in = Files.newInputStream(original)) {
			workbook = WorkbookFactory.create(in);
		}
		write(workbook, findings, copy);
	}

	/** The copy of an .ods: its values in an .xlsx, marked the same way. */
	void writeFromOpenDocument(Path original, List<StoredFinding> findings, Path copy)
			throws IOException, WorkbookReadException {
		write(GridCopy.toXlsx(reader.read(original)), findings, copy);
	}

	private void write(Workbook workbook, List<StoredFinding> findings, Path copy) throws IOException {
		try (workbook) {
			Marks marks = new Marks(workbook);
			// every finding of one cell goes into its one comment (a cell holds one comment)
			Map<String, List<StoredFinding>> byCell = new LinkedHashMap<>();
			for (StoredFinding finding : findings) {
				if (finding.sheet() != null && workbook.getSheet(finding.sheet()) != null) {
					byCell.computeIfAbsent(finding.sheet() + "\u0000" + (finding.cell() == null ? "A1" : finding.cell()),
							k -> new ArrayList<>()).add(finding);
				}
			}
			byCell.values().forEach(cell -> marks.mark(workbook.getSheet(cell.get(0).sheet()), cell));
			listSheet(workbook, findings);
			Files.createDirectories(copy.getParent());
			try (OutputStream out = Files.newOutputStream(copy)) {
				workbook.write(out);
			}
		}
	}

	/** Fills and comments; one new style per (original style, severity), as Excel's style table is limited. */
	private static final class Marks {

		private final Workbook workbook;

		private final CreationHelper helper;

		private final Map<String, CellStyle> styles = new HashMap<>();

		private final Map<Sheet, Drawing<?>> drawings = new HashMap<>();

		Marks(Workbook workbook) {
			this.workbook = workbook;
			this.helper = workbook.getCreationHelper();
		}

		/** The findings of one cell: its fill by the gravest, and one comment saying each. */
		void mark(Sheet sheet, List<StoredFinding> findings) {
			StoredFinding first = findings.get(0);
			// A finding about the sheet as a whole is noted at its top-left cell.
			CellReference ref = new CellReference(first.cell() == null ? "A1" : first.cell());
			Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
			Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
			findings.stream()
				.filter(f -> f.cell() != null && f.actionable())
				.map(StoredFinding::severity)
				.min(Comparator.naturalOrder()) // ERROR before WARNING
				.ifPresent(severity -> cell.setCellStyle(style(cell.getCellStyle(), severity)));
			comment(sheet, cell, String.join("\n―――\n", findings.stream()
				.map(f -> f.severity().label() + ": " + f.message()
						+ (f.expected() == null ? "" : "\n期待される記入: " + f.expected()))
				.toList()));
		}

		private CellStyle style(CellStyle original, Severity severity) {
			return styles.computeIfAbsent(original.getIndex() + "/" + severity, key -> {
				CellStyle style = workbook.createCellStyle();
				style.cloneStyleFrom(original);
				style.setFillForegroundColor(
						severity == Severity.ERROR ? IndexedColors.ROSE.getIndex() : IndexedColors.LIGHT_YELLOW.getIndex());
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
				return style;
			});
		}

		/**
		 * Adds to a comment already there (the department's own). The box is anchored at the cell itself: POI's
		 * XSSF takes the anchor's top-left as the comment's cell, so a box starting at the next column would
		 * collide with that cell's own comment (「Multiple cell comments in one cell are not allowed」).
		 */
		private void comment(Sheet sheet, Cell cell, String text) {
			Comment existing = cell.getCellComment();
			String full = existing == null ? text : existing.getString().getString() + "\n―――\n" + text;
			if (existing != null) {
				cell.removeCellComment();
			}
			ClientAnchor anchor = helper.createClientAnchor();
			anchor.setCol1(cell.getColumnIndex());
			anchor.setCol2(cell.getColumnIndex() + 5);
			anchor.setRow1(cell.getRowIndex());
			anchor.setRow2(cell.getRowIndex() + 2 + full.length() / 30);
			Comment comment = drawing(sheet).createCellComment(anchor);
			comment.setString(helper.createRichTextString(full));
			comment.setAuthor(AUTHOR);
			cell.setCellComment(comment);
		}

		/** The sheet's existing drawing: HSSF's createDrawingPatriarch would erase the shapes already there. */
		private Drawing<?> drawing(Sheet sheet) {
			return drawings.computeIfAbsent(sheet,
					s -> s.getDrawingPatriarch() != null ? s.getDrawingPatriarch() : s.createDrawingPatriarch());
		}

	}

	/** 「指摘一覧」 in front: every finding with a link to its cell; department text made inert. */
	private static void listSheet(Workbook workbook, List<StoredFinding> findings) {
		String name = LIST_SHEET;
		for (int n = 2; workbook.getSheet(name) != null; n++) {
			name = LIST_SHEET + "(" + n + ")";
		}
		Sheet list = workbook.createSheet(name);
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		String[] headers = { "区分", "シート", "セル", "内容", "期待される記入" };
		Row header = list.createRow(0);
		for (int c = 0; c < headers.length; c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(headers[c]);
			cell.setCellStyle(bold);
		}
		int r = 1;
		for (StoredFinding f : findings) {
			Row row = list.createRow(r++);
			row.createCell(0).setCellValue(f.severity().label());
			text(row, 1, f.sheet() == null ? "（ファイル全体）" : f.sheet());
			Cell at = row.createCell(2);
			at.setCellValue(f.cell() == null ? "－" : f.cell());
			if (f.sheet() != null && workbook.getSheet(f.sheet()) != null) {
				Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
				link.setAddress("'" + f.sheet().replace("'", "''") + "'!" + (f.cell() == null ? "A1" : f.cell()));
				at.setHyperlink(link);
			}
			text(row, 3, f.message());
			text(row, 4, f.expected());
		}
		int[] widths = { 8, 16, 8, 80, 40 };
		for (int c = 0; c < widths.length; c++) {
			list.setColumnWidth(c, widths[c] * 256);
		}
		workbook.setSheetOrder(name, 0);
		for (Sheet sheet : workbook) {
			sheet.setSelected(false);
		}
		workbook.setActiveSheet(0);
		workbook.setFirstVisibleTab(0);
		list.setSelected(true);
	}

	private static void text(Row row, int col, String value) {
		if (value != null) {
			row.createCell(col).setCellValue(SpreadsheetText.neutralize(value));
		}
	}

}
