package jp.reform.survey.forms;

import java.util.List;
import java.util.Optional;

import jp.reform.survey.normalize.FiscalYears;
import jp.reform.survey.normalize.StatusWords;
import jp.reform.survey.report.ColumnWidths;
import jp.reform.survey.report.PrintLayout;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.survey.GeneratedFormProfile;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.ValueKind;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An item sheet of the standard shape: the form part, then one year table with the plan period's years down and
 * a column per measure the plan uses, last years' values read-only, the surveyed year's cells open (and next
 * years' plans and targets), a 計 row summing the money columns, drop-downs of status words and number-only
 * validation. The rows below the form part depend on how many form fields the plan has.
 */
final class ItemSheet {

	private final FormTemplate template;

	private final FiscalYears fiscalYears = new FiscalYears();

	private final FormRequest request;

	private final CurrentItem item;

	private final List<FormColumn> columns;

	private final FormStyles styles;

	private final XSSFSheet sheet;

	/** Half-width characters across the value cells right of column A (the form part's merged values). */
	private final int valueWidth;

	ItemSheet(XSSFWorkbook workbook, FormRequest request, CurrentItem item, List<FormColumn> columns,
			FormStyles styles, FormTemplate template) {
		this.template = template;
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
					SurveyFormWriter.LIST_SHEET + "!$A$1:$A$" + StatusWords.CANONICAL.size()), statusCells);
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

}
