package jp.reform.survey.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.reform.survey.normalize.FiscalYears;
import jp.reform.survey.normalize.StatusWords;
import jp.reform.survey.report.ColumnWidths;
import jp.reform.survey.report.PrintLayout;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.survey.FormMetadata;
import jp.reform.survey.survey.GeneratedFormProfile;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.ValueKind;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one department's survey form for the coming collection: a cover, then a sheet per item carrying
 * what the plan measures (its {@link GeneratedFormProfile}): the form fields pre-filled, a year table with a
 * column per measure, last years' values read-only, the surveyed year's cells open (and next years' plans
 * and targets), drop-downs of status words and number-only validation, label cells locked (sheet
 * protection without a password), and hidden metadata so the returned form is recognised. Every sheet
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
					new ItemSheet(workbook, request, item, columns, styles).write();
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

	/** One item's sheet; the rows below the form part depend on how many form fields the plan has. */
	private final class ItemSheet {

		private final XSSFWorkbook workbook;

		private final FormRequest request;

		private final CurrentItem item;

		private final List<FormColumn> columns;

		private final FormStyles styles;

		private final XSSFSheet sheet;

		/** Half-width characters across the value cells right of column A (the form part's merged values). */
		private final int valueWidth;

		ItemSheet(XSSFWorkbook workbook, FormRequest request, CurrentItem item, List<FormColumn> columns,
				FormStyles styles) {
			this.workbook = workbook;
			this.request = request;
			this.item = item;
			this.columns = columns;
			this.styles = styles;
			this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(item.code()));
			this.valueWidth = columns.stream().mapToInt(FormColumn::width).sum();
		}

		void write() {
			sheet.setColumnWidth(0, template.width("year") * 256);
			for (int c = 0; c < columns.size(); c++) {
				sheet.setColumnWidth(c + 1, columns.get(c).width() * 256);
			}
			FormCells.cell(sheet, 0, 0, template.itemTitle(), styles.title);
			sheet.getRow(0).setHeightInPoints(FormCells.titleHeight(template.itemTitle(), template.width("year") + valueWidth));
			int r = new FormFieldRows(sheet, request, item, styles, columns.size(), valueWidth).write(2);
			int header = r + 1;
			FormCells.cell(sheet, header, 0, GeneratedFormProfile.YEAR_HEADER, styles.header);
			int headerLines = 1;
			for (int c = 0; c < columns.size(); c++) {
				FormColumn column = columns.get(c);
				FormCells.cell(sheet, header, c + 1, column.header(), styles.header);
				headerLines = Math.max(headerLines, FormCells.lines(column.header(), column.width()));
			}
			sheet.getRow(header).setHeightInPoints(ColumnWidths.height(headerLines));
			int first = header + 1;
			int row = first;
			for (int year = request.firstYear(); year <= request.lastYear(); year++) {
				yearRow(row++, year);
			}
			if (columns.stream().anyMatch(c -> c.field().isMoney())) {
				totalRow(row, first, row - 1);
			}
			validations(first + Math.max(0, request.surveyYear() - request.firstYear()), row - 1);
			sheet.createFreezePane(0, first);
			String repeated = (header + 1) + ":" + (header + 1);
			// one page per sheet (scaled down when an item's texts are long), the header repeated should it ever run over
			PrintLayout.apply(sheet, repeated, true, template.width("year") + valueWidth > template.portraitWidth(),
					FormCells.pageHeader(request));
			sheet.enableLocking();
		}

		private void yearRow(int r, int year) {
			FormCells.cell(sheet, r, 0, fiscalYears.label(year), styles.label);
			int lines = 1;
			for (int c = 0; c < columns.size(); c++) {
				FormColumn column = columns.get(c);
				boolean open = year == request.surveyYear() || (year > request.surveyYear() && column.openAhead());
				Cell cell = FormCells.cell(sheet, r, c + 1, null, style(column, open));
				Optional<SourcedValue> value = item.value(column.field(), year);
				String text = value.map(v -> writeValue(cell, column, v)).orElse(null);
				if (column.wraps()) {
					int needed = text == null ? 1 : FormCells.lines(text, column.width());
					lines = Math.max(lines, open && column.field().kind() == ValueKind.PROSE
							? Math.max(needed, FormCells.OPEN_PROSE_LINES) : needed);
				}
			}
			sheet.getRow(r).setHeightInPoints(ColumnWidths.height(lines));
		}

		private CellStyle style(FormColumn column, boolean open) {
			if (column.textual()) {
				return open ? styles.input : styles.locked;
			}
			return open ? styles.inputAmount : styles.lockedAmount;
		}

		private void totalRow(int r, int first, int last) {
			FormCells.cell(sheet, r, 0, GeneratedFormProfile.TOTAL, styles.label);
			for (int c = 0; c < columns.size(); c++) {
				Cell total = FormCells.cell(sheet, r, c + 1, null, styles.lockedAmount);
				if (columns.get(c).field().isMoney()) {
					String col = CellReference.convertNumToColString(c + 1);
					total.setCellFormula("SUM(" + col + (first + 1) + ":" + col + (last + 1) + ")");
				}
			}
		}

		private void validations(int firstRow, int lastRow) {
			if (firstRow > lastRow) {
				return;
			}
			DataValidationHelper helper = sheet.getDataValidationHelper();
			CellRangeAddressList statusCells = new CellRangeAddressList();
			CellRangeAddressList numberCells = new CellRangeAddressList();
			for (int c = 0; c < columns.size(); c++) {
				if (columns.get(c).isStatus()) {
					statusCells.addCellRangeAddress(firstRow, c + 1, lastRow, c + 1);
				}
				else if (!columns.get(c).textual()) {
					numberCells.addCellRangeAddress(firstRow, c + 1, lastRow, c + 1);
				}
			}
			if (statusCells.countRanges() > 0) {
				DataValidation status = helper.createValidation(helper.createFormulaListConstraint(
						LIST_SHEET + "!$A$1:$A$" + StatusWords.CANONICAL.size()), statusCells);
				status.setShowErrorBox(true);
				status.createErrorBox("入力できない語です", "一覧から選んでください（実施・検討・完了 など）");
				sheet.addValidationData(status);
			}
			if (numberCells.countRanges() > 0) {
				DataValidation numbers = helper.createValidation(helper.createDecimalConstraint(
						DataValidationConstraint.OperatorType.BETWEEN, "-1000000000000", "1000000000000"), numberCells);
				numbers.setShowErrorBox(true);
				numbers.createErrorBox("数値を入力してください", "金額（千円）や成果指標、達成度は数値だけを入力します（単位は不要です）");
				sheet.addValidationData(numbers);
			}
		}

	}

	/**
	 * Writes a stored value so that reading the cell again gives the same value: amounts and rates as
	 * numbers, a figure with a unit, bound or 約 (or one written inside text) as it was written, text as
	 * text. Returns the text shown, for sizing the row.
	 */
	private static String writeValue(Cell cell, FormColumn column, SourcedValue value) {
		boolean plainNumber = value.number() != null && value.comparator() == null && !value.approximate()
				&& (value.unit() == null || value.field().kind() != ValueKind.FIGURE);
		if (!column.textual() && plainNumber) {
			cell.setCellValue(value.number().doubleValue());
			return value.number().toPlainString();
		}
		String text = FormCells.asWritten(value);
		if (text != null) {
			cell.setCellValue(text);
		}
		return text;
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
