package jp.reform.survey.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.normalize.FiscalYears;
import jp.reform.survey.normalize.StatusWords;
import jp.reform.survey.report.ColumnWidths;
import jp.reform.survey.report.PrintLayout;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.survey.FormMetadata;
import jp.reform.survey.survey.GeneratedFormProfile;
import jp.reform.survey.vocabulary.Field;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one department's survey form for the coming collection: a cover, then a sheet per item carrying
 * what the plan measures (its {@link GeneratedFormProfile}) — an {@link ItemSheet} with the years down, or an
 * {@link ActivitySheet} with the years across and a row per activity for a plan card — label cells locked
 * (sheet protection without a password), and hidden metadata so the returned form is recognised. Every sheet
 * prints on A4, one page wide, as consolidated.xlsx does (its print set-up and width counting).
 */
public final class SurveyFormWriter {

	/** Name of the very hidden sheet holding plan, department, year, layout and form version. */
	public static final String METADATA_SHEET = FormMetadata.SHEET;

	static final String LIST_SHEET = "リスト";

	private final FormTemplate template;

	private final FiscalYears fiscalYears = new FiscalYears();

	public SurveyFormWriter(FormTemplate template) {
		this.template = template;
	}

	public void write(FormRequest request, Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			FormStyles styles = new FormStyles(workbook, template);
			List<FormColumn> columns = FormColumn.of(request.form(), template);
			cover(workbook.createSheet("表紙"), request, styles);
			for (CurrentItem item : request.items()) {
				if (request.form().yearTable().activityRows()) {
					new ActivitySheet(workbook, request, item, columns, styles, template).write();
				}
				else {
					new ItemSheet(workbook, request, item, columns, styles, template).write();
				}
			}
			statusList(workbook);
			metadata(workbook, request);
			// the 計 row's sums cached, as Excel would save them: a form returned untouched checks out
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			Files.createDirectories(file.getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

	private void cover(XSSFSheet sheet, FormRequest request, FormStyles styles) {
		String year = fiscalYears.label(request.surveyYear());
		String deadline = request.deadline() == null ? "期限"
				: request.deadline().format(DateTimeFormatter.ofPattern("yyyy年M月d日"));
		int[] widths = { 4, 16, 64 };
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		int textWidth = widths[0] + widths[1] + widths[2];
		// only a form with a 備考 column has somewhere to note a change
		String change = GeneratedFormProfile.columns(request.form()).containsKey(Field.NOTE)
				? "変更が必要な場合は備考欄に記入してください" : "変更が必要な場合は行財政改革担当課に連絡してください";
		String title = template.fill(template.coverTitle(), request.planName(), year, deadline, change);
		FormCells.cell(sheet, 0, 0, title, styles.title);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, widths.length - 1));
		sheet.getRow(0).setHeightInPoints(FormCells.titleHeight(title, textWidth));
		String text = template.fill(template.coverText(), request.planName(), year, deadline, change);
		FormCells.cell(sheet, 1, 0, text, styles.text);
		sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, widths.length - 1));
		sheet.getRow(1).setHeightInPoints(ColumnWidths.height(FormCells.lines(text, textWidth)));
		String[][] rows = { { "計画名", request.planName() },
				{ "計画期間", fiscalYears.label(request.firstYear()) + "～" + fiscalYears.label(request.lastYear()) },
				{ "報告年度", year }, { "所管課", request.department() }, { "提出期限", deadline } };
		int r = 3;
		for (String[] pair : rows) {
			FormCells.cell(sheet, r, 1, pair[0], styles.label);
			FormCells.cell(sheet, r, 2, pair[1], styles.locked);
			sheet.getRow(r).setHeightInPoints(ColumnWidths.height(FormCells.lines(pair[1], widths[2])));
			r++;
		}
		for (String input : List.of("担当者", "連絡先", "提出日")) {
			FormCells.cell(sheet, r, 1, input, styles.label);
			FormCells.cell(sheet, r, 2, null, input.equals("提出日") ? styles.inputDate : styles.input);
			sheet.getRow(r).setHeightInPoints(ColumnWidths.height(2));
			r++;
		}
		PrintLayout.apply(sheet, null, true, false, FormCells.pageHeader(request));
		sheet.enableLocking();
	}

	private static void statusList(XSSFWorkbook workbook) {
		XSSFSheet list = workbook.createSheet(LIST_SHEET);
		int r = 0;
		for (String word : StatusWords.CANONICAL) {
			list.createRow(r++).createCell(0).setCellValue(word);
		}
		workbook.setSheetVisibility(workbook.getSheetIndex(list), SheetVisibility.HIDDEN);
	}

	private static void metadata(XSSFWorkbook workbook, FormRequest request) {
		XSSFSheet meta = workbook.createSheet(METADATA_SHEET);
		List<String[]> rows = new ArrayList<>(List.of(new String[] { "form_version", FormRequest.FORM_VERSION },
				new String[] { "plan", request.planName() }, new String[] { "department", request.department() },
				new String[] { "survey_year", Integer.toString(request.surveyYear()) },
				new String[] { "layout", request.form().name() },
				new String[] { "generated_at", LocalDateTime.now().withNano(0).toString() }));
		for (int i = 0; i < rows.size(); i++) {
			Row row = meta.createRow(i);
			row.createCell(0).setCellValue(rows.get(i)[0]);
			row.createCell(1).setCellValue(rows.get(i)[1]);
		}
		workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
		var custom = workbook.getProperties().getCustomProperties();
		custom.addProperty("reform.form", request.planName() + "|" + request.department() + "|" + request.surveyYear()
				+ "|" + FormRequest.FORM_VERSION);
	}

}
