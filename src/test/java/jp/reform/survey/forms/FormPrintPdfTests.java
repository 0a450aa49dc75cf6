package jp.reform.survey.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.cli.ConsolidationCommand;
import jp.reform.survey.batch.LibreOffice;
import jp.reform.survey.batch.Poppler;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The sample's 25 forms printed by LibreOffice (headless, to PDF, as Calc would to paper on A4): every
 * visible sheet on exactly one page (so one page wide, nothing spilling), each page headed by plan and
 * department and numbered, and each item's long texts (目標, 実施項目) printed whole, which they are only
 * when the rows are tall enough for the wrapped lines. 人事課's pages stay in target/artifacts as PNG.
 */
@SpringBootTest(properties = { "reform.job.run-on-startup=false",
		"spring.datasource.url=jdbc:h2:mem:formprint;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class FormPrintPdfTests {

	private static final Path ARTIFACTS = Path.of("target", "artifacts", "forms");

	private static final String PLAN = "第2次行財政改革後期実施計画";

	/** Labels of texts that wrap over several lines in some item; each must print whole. */
	private static final List<String> LONG_TEXTS = List.of("目標", "実施項目", "計画名", "中分類");

	@Autowired
	ConsolidationCommand command;

	@Autowired
	FormGenerator generator;

	@TempDir
	Path work;

	@Test
	void everyVisibleSheetOfEveryDepartmentsFormPrintsOnOneA4Page() throws Exception {
		FilledForm.sampleConsolidated(command, work);
		List<Path> forms = generator.generate(null, null, null, Path.of("templates"), work.resolve("forms"));
		assertThat(forms).hasSize(25);

		List<Path> pdfs = LibreOffice.toPdf(ARTIFACTS, forms);

		for (int i = 0; i < forms.size(); i++) {
			List<PrintedSheet> sheets = visibleSheets(forms.get(i));
			Path pdf = pdfs.get(i);
			assertThat(Poppler.pages(pdf)).as("%s: one page per visible sheet %s", pdf.getFileName(), sheets)
				.isEqualTo(sheets.size());
			for (int page = 1; page <= sheets.size(); page++) {
				PrintedSheet sheet = sheets.get(page - 1);
				String text = Poppler.text(pdf, page);
				assertThat(text).as("%s page %d", pdf.getFileName(), page)
					.contains(PLAN, sheet.department(), page + " / " + sheets.size() + " ページ");
				assertThat(sheet.texts()).as("%s page %d printed whole", pdf.getFileName(), page)
					.allSatisfy(whole -> assertThat(text.replaceAll("\\s+", "")).contains(whole));
			}
			assertThat(Poppler.info(pdf).get("Page size")).endsWith("(A4)");
		}
		Path personnel = pdfs.get(forms.indexOf(work.resolve("forms").resolve("調査票_人事課.xlsx")));
		assertThat(Poppler.pages(personnel)).as("人事課: a cover and 6 item sheets").isEqualTo(7);
		assertThat(Poppler.info(personnel).get("Page size")).as("the cover is upright").startsWith("595.");
		assertThat(Poppler.text(personnel, 2)).contains("数値目標", "成果状況", "達成率", "備考", "令和6年度");
		Poppler.renderPages(personnel, 1, 7, ARTIFACTS.resolve("人事課"));
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
							texts.add(value.getStringCellValue().replaceAll("\\s+", ""));
						}
					}
				}
				sheets.add(new PrintedSheet(sheet.getSheetName(), department, texts));
			}
		}
		return sheets;
	}

}
