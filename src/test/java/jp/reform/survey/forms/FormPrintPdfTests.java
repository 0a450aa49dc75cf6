package jp.reform.survey.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import jp.reform.survey.cli.ConsolidationCommand;
import jp.reform.survey.batch.LibreOffice;
import jp.reform.survey.batch.Poppler;

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

		PrintedForms.assertOnePagePerVisibleSheet(forms, pdfs, PLAN);
		Path personnel = pdfs.get(forms.indexOf(work.resolve("forms").resolve("調査票_人事課.xlsx")));
		assertThat(Poppler.pages(personnel)).as("人事課: a cover and 6 item sheets").isEqualTo(7);
		assertThat(Poppler.info(personnel).get("Page size")).as("the cover is upright").startsWith("595.");
		assertThat(Poppler.text(personnel, 2)).contains("数値目標", "成果状況", "達成率", "備考", "令和6年度");
		Poppler.renderPages(personnel, 1, 7, ARTIFACTS.resolve("人事課"));
	}

}
