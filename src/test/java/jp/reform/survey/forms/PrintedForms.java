package jp.reform.survey.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.reform.survey.batch.Poppler;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** What a printed form must look like, checked on LibreOffice's PDF of it. */
final class PrintedForms {

	/** Labels of form texts that wrap over several lines in some item, in any shipped layout: each must print whole. */
	private static final Set<String> LONG_TEXTS = Set.of("計画名", "大分類", "中分類", "方針", "推進項目", "実施項目", "項目名",
			"計画項目", "目標", "目標の状態", "現状と課題", "現状・課題", "取り組み名", "取組方針", "目指す姿", "参考事例");

	/** Spaces of any width: pdftotext prints a full-width space as a plain one. */
	private static final String SPACES = "[\\s\\u3000]+";

	private PrintedForms() {
	}

	/**
	 * Every visible sheet of each form on exactly one A4 page (so one page wide, nothing spilling over), each
	 * page headed by plan and department and numbered, each long form text printed whole — which it is only
	 * when its row is tall enough for the wrapped lines.
	 */
	static void assertOnePagePerVisibleSheet(List<Path> forms, List<Path> pdfs, String plan) throws Exception {
		for (int i = 0; i < forms.size(); i++) {
			List<PrintedSheet> sheets = visibleSheets(forms.get(i));
			Path pdf = pdfs.get(i);
			assertThat(Poppler.pages(pdf)).as("%s: one page per visible sheet %s", pdf.getFileName(), sheets)
				.isEqualTo(sheets.size());
			for (int page = 1; page <= sheets.size(); page++) {
				PrintedSheet sheet = sheets.get(page - 1);
				String text = Poppler.text(pdf, page);
				assertThat(text).as("%s page %d", pdf.getFileName(), page)
					.contains(plan, sheet.department(), page + " / " + sheets.size() + " ページ");
				assertThat(sheet.texts()).as("%s page %d printed whole", pdf.getFileName(), page)
					.allSatisfy(whole -> assertThat(text.replaceAll(SPACES, "")).contains(whole));
			}
			assertThat(Poppler.info(pdf).get("Page size")).endsWith("(A4)");
		}
	}

	/** A visible sheet, the department in its page header, and texts that must print in full (no spaces). */
	private record PrintedSheet(String name, String department, List<String> texts) {
	}

	private static List<PrintedSheet> visibleSheets(Path form) throws Exception {
		List<PrintedSheet> sheets = new ArrayList<>();
		try (InputStream in = Files.newInputStream(form); Workbook wb = WorkbookFactory.create(in)) {
			String department = wb.getSheet(SurveyFormWriter.METADATA_SHEET).getRow(2).getCell(1).getStringCellValue();
			for (Sheet sheet : wb) {
				if (wb.getSheetVisibility(wb.getSheetIndex(sheet)) != SheetVisibility.VISIBLE) {
					continue;
				}
				List<String> texts = new ArrayList<>();
				for (Row row : sheet) {
					for (Cell label : row) {
						Cell value = row.getCell(label.getColumnIndex() + 1);
						if (label.getCellType() == CellType.STRING && LONG_TEXTS.contains(label.getStringCellValue())
								&& value != null && value.getCellType() == CellType.STRING) {
							texts.add(value.getStringCellValue().replaceAll(SPACES, ""));
						}
					}
				}
				sheets.add(new PrintedSheet(sheet.getSheetName(), department, texts));
			}
		}
		return sheets;
	}

}
