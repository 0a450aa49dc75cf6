package jp.reform.survey.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.reform.survey.normalize.FiscalYears;
import jp.reform.survey.normalize.StatusWords;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.survey.FormMetadata;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one department's survey form for the coming collection: its items pre-filled, last years'
 * values read-only, the surveyed year's cells open with drop-downs and number-only validation, label
 * cells locked (sheet protection without a password), a cover sheet, and hidden metadata so the
 * returned form is recognised.
 */
public final class SurveyFormWriter {

	/** Name of the very hidden sheet holding plan, department, year and form version. */
	public static final String METADATA_SHEET = FormMetadata.SHEET;

	static final String LIST_SHEET = "リスト";

	static final String[] HEADERS = { "年度", "実施スケジュール", "進捗", "効果目標額（千円）", "効果額（千円）", "数値目標", "成果状況", "達成率（%）",
			"備考" };

	private static final Field[] COLUMNS = { Field.YEAR_LABEL, Field.SCHEDULE, Field.PROGRESS, Field.EFFECT_TARGET,
			Field.EFFECT_ACTUAL, Field.KPI_TARGET, Field.KPI_ACTUAL, Field.RATE, Field.NOTE };

	private final FormTemplate template;

	private final FiscalYears fiscalYears = new FiscalYears();

	public SurveyFormWriter(FormTemplate template) {
		this.template = template;
	}

	public void write(FormRequest request, Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			FormStyles styles = new FormStyles(workbook, template);
			cover(workbook.createSheet("表紙"), request, styles);
			for (CurrentItem item : request.items()) {
				itemSheet(workbook, request, item, styles);
			}
			statusList(workbook);
			metadata(workbook, request);
			Files.createDirectories(file.getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

	private void cover(XSSFSheet sheet, FormRequest request, FormStyles styles) {
		String year = fiscalYears.label(request.surveyYear());
		String deadline = request.deadline() == null ? "期限"
				: request.deadline().format(java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日"));
		cell(sheet, 0, 0, template.fill(template.coverTitle(), request.planName(), year, deadline), styles.title);
		cell(sheet, 1, 0, template.fill(template.coverText(), request.planName(), year, deadline), null)
			.getCellStyle()
			.setWrapText(true);
		sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 5));
		sheet.getRow(1).setHeightInPoints(4 * 18f);
		String[][] rows = { { "計画名", request.planName() },
				{ "計画期間", fiscalYears.label(request.firstYear()) + "～" + fiscalYears.label(request.lastYear()) },
				{ "報告年度", year }, { "所管課", request.department() }, { "提出期限", deadline } };
		int r = 3;
		for (String[] pair : rows) {
			cell(sheet, r, 1, pair[0], styles.label);
			cell(sheet, r, 2, pair[1], styles.locked);
			r++;
		}
		for (String input : List.of("担当者", "連絡先", "提出日")) {
			cell(sheet, r, 1, input, styles.label);
			cell(sheet, r, 2, null, input.equals("提出日") ? styles.inputDate : styles.input);
			r++;
		}
		sheet.setColumnWidth(0, 4 * 256);
		sheet.setColumnWidth(1, 14 * 256);
		sheet.setColumnWidth(2, 40 * 256);
		sheet.enableLocking();
	}

	private void itemSheet(XSSFWorkbook workbook, FormRequest request, CurrentItem item, FormStyles styles) {
		XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(item.categoryCode() + "-"
				+ item.subcategoryCode() + "-" + item.itemNo()));
		List<Integer> widths = template.columnWidths();
		for (int c = 0; c < widths.size(); c++) {
			sheet.setColumnWidth(c, widths.get(c) * 256);
		}
		cell(sheet, 0, 0, template.itemTitle(), styles.title);
		Map<Field, SourcedValue> form = item.values()
			.stream()
			.filter(v -> v.fiscalYear() == null)
			.collect(Collectors.toMap(SourcedValue::field, v -> v, (a, b) -> a));
		formRow(sheet, 2, "計画名", request.planName(), styles.locked, styles);
		formRow(sheet, 3, "大分類", item.categoryCode() + " " + item.categoryName(), styles.locked, styles);
		formRow(sheet, 4, "中分類", item.subcategoryCode() + " " + item.subcategoryName(), styles.locked, styles);
		formRow(sheet, 5, "No.", null, styles.locked, styles).setCellValue(item.itemNo());
		formRow(sheet, 6, "実施項目", item.name(), styles.locked, styles);
		formRow(sheet, 7, "所管課", String.join("\n", item.departments()), styles.locked, styles);
		formRow(sheet, 8, "目標", text(form, Field.GOAL), styles.locked, styles);
		formRow(sheet, 9, "取組内容", null, styles.input, styles);
		String kpi = item.kpiName() == null ? "-" : item.kpiName() + (item.kpiUnit() == null ? "" : " (" + item.kpiUnit() + ")");
		formRow(sheet, 10, "成果指標", kpi, styles.locked, styles);
		for (int c = 0; c < HEADERS.length; c++) {
			cell(sheet, 12, c, HEADERS[c], styles.header);
		}
		int r = 13;
		for (int year = request.firstYear(); year <= request.lastYear(); year++) {
			yearRow(sheet, r++, year, item, year >= request.surveyYear(), styles);
		}
		int last = r - 1;
		cell(sheet, r, 0, "計", styles.label);
		for (int c = 1; c < HEADERS.length; c++) {
			Cell total = cell(sheet, r, c, null, styles.lockedAmount);
			if (COLUMNS[c] == Field.EFFECT_TARGET || COLUMNS[c] == Field.EFFECT_ACTUAL) {
				String col = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
				total.setCellFormula("SUM(" + col + "14:" + col + (last + 1) + ")");
			}
		}
		int firstInput = 13 + Math.max(0, request.surveyYear() - request.firstYear());
		if (firstInput <= last) {
			validations(sheet, firstInput, last);
		}
		sheet.createFreezePane(0, 13);
		sheet.enableLocking();
	}

	private void yearRow(XSSFSheet sheet, int r, int year, CurrentItem item, boolean open, FormStyles styles) {
		Map<Field, SourcedValue> values = item.values()
			.stream()
			.filter(v -> v.fiscalYear() != null && v.fiscalYear() == year)
			.collect(Collectors.toMap(SourcedValue::field, v -> v, (a, b) -> a));
		cell(sheet, r, 0, fiscalYears.label(year), styles.label);
		for (int c = 1; c < COLUMNS.length; c++) {
			Field field = COLUMNS[c];
			SourcedValue value = values.get(field);
			boolean number = field != Field.SCHEDULE && field != Field.PROGRESS && field != Field.NOTE;
			CellStyle style = open ? (number ? styles.inputAmount : styles.input)
					: (number ? styles.lockedAmount : styles.locked);
			Cell cell = cell(sheet, r, c, null, style);
			if (value == null) {
				continue;
			}
			if (value.number() != null && number) {
				cell.setCellValue(value.number().doubleValue());
			}
			else if (value.text() != null) {
				cell.setCellValue(value.text());
			}
		}
	}

	private static void validations(XSSFSheet sheet, int firstRow, int lastRow) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint statuses = helper.createFormulaListConstraint(LIST_SHEET + "!$A$1:$A$"
				+ StatusWords.CANONICAL.size());
		DataValidation status = helper.createValidation(statuses, new CellRangeAddressList(firstRow, lastRow, 1, 2));
		status.setShowErrorBox(true);
		status.createErrorBox("入力できない語です", "一覧から選んでください（実施・検討・完了 など）");
		sheet.addValidationData(status);
		DataValidationConstraint numbers = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
				"-1000000000000", "1000000000000");
		DataValidation amounts = helper.createValidation(numbers, new CellRangeAddressList(firstRow, lastRow, 3, 7));
		amounts.setShowErrorBox(true);
		amounts.createErrorBox("数値を入力してください", "金額（千円）や成果指標は数値だけを入力します（単位は不要です）");
		sheet.addValidationData(amounts);
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
		String[][] rows = { { "form_version", FormRequest.FORM_VERSION }, { "plan", request.planName() },
				{ "department", request.department() }, { "survey_year", Integer.toString(request.surveyYear()) },
				{ "generated_at", LocalDateTime.now().withNano(0).toString() } };
		for (int i = 0; i < rows.length; i++) {
			Row row = meta.createRow(i);
			row.createCell(0).setCellValue(rows[i][0]);
			row.createCell(1).setCellValue(rows[i][1]);
		}
		workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
		var custom = workbook.getProperties().getCustomProperties();
		custom.addProperty("reform.form", request.planName() + "|" + request.department() + "|" + request.surveyYear()
				+ "|" + FormRequest.FORM_VERSION);
	}

	private static Cell formRow(XSSFSheet sheet, int r, String label, String value, CellStyle valueStyle,
			FormStyles styles) {
		cell(sheet, r, 0, label, styles.label);
		Cell cell = cell(sheet, r, 1, value, valueStyle);
		for (int c = 2; c < HEADERS.length; c++) {
			cell(sheet, r, c, null, valueStyle);
		}
		sheet.addMergedRegion(new CellRangeAddress(r, r, 1, HEADERS.length - 1));
		return cell;
	}

	private static Cell cell(XSSFSheet sheet, int r, int c, String value, CellStyle style) {
		Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
		Cell cell = row.createCell(c);
		if (value != null) {
			cell.setCellValue(value);
		}
		if (style != null) {
			cell.setCellStyle(style);
		}
		else {
			cell.setCellStyle(sheet.getWorkbook().createCellStyle());
		}
		return cell;
	}

	private static String text(Map<Field, SourcedValue> form, Field field) {
		return Optional.ofNullable(form.get(field)).map(SourcedValue::text).orElse(null);
	}

}
