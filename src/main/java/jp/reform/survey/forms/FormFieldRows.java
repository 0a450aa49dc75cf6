package jp.reform.survey.forms;

import java.util.List;
import java.util.Map;

import jp.reform.survey.report.ColumnWidths;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.survey.GeneratedFormProfile;
import jp.reform.survey.vocabulary.Field;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The form part of an item sheet: a row per form field the plan carries, its label in column A and its value
 * merged across the year table's columns, the plan's own fields locked and the others open.
 *
 * @param lastCol the year table's last column, which the values span
 * @param valueWidth half-width characters across columns B to {@code lastCol}, for sizing the rows
 */
record FormFieldRows(XSSFSheet sheet, FormRequest request, CurrentItem item, FormStyles styles, int lastCol,
		int valueWidth) {

	/**
	 * Form fields a department may not update: identity, 目標, 成果指標, and a plan card's 取組方針 and 参考事例 are
	 * the plan's. The others (現状と課題, a KPI target still to be set …) are open.
	 */
	private static final List<Field> LOCKED_FORM_FIELDS = List.of(Field.PLAN_NAME, Field.CATEGORY, Field.SUBCATEGORY,
			Field.ITEM_NO, Field.ITEM_NAME, Field.DEPARTMENTS, Field.RELATED_DEPARTMENTS, Field.GOAL, Field.KPI_NAME,
			Field.POLICY, Field.REFERENCE_CASES);

	/** Writes the rows from {@code firstRow}; returns the row after them. */
	int write(int firstRow) {
		int r = firstRow;
		for (Map.Entry<Field, String> e : GeneratedFormProfile.formFields(request.form()).entrySet()) {
			row(r++, e.getKey(), e.getValue());
		}
		return r;
	}

	private void row(int r, Field field, String label) {
		String value = text(field);
		boolean open = !LOCKED_FORM_FIELDS.contains(field);
		CellStyle style = open ? styles.input : styles.locked;
		FormCells.cell(sheet, r, 0, label, styles.label);
		Cell cell = FormCells.cell(sheet, r, 1, field == Field.ITEM_NO ? null : value, style);
		if (field == Field.ITEM_NO) {
			cell.setCellValue(item.itemNo());
		}
		for (int c = 2; c <= lastCol; c++) {
			FormCells.cell(sheet, r, c, null, style);
		}
		if (lastCol > 1) {
			sheet.addMergedRegion(new CellRangeAddress(r, r, 1, lastCol));
		}
		int lines = value == null ? 1 : FormCells.lines(value, valueWidth);
		sheet.getRow(r).setHeightInPoints(ColumnWidths.height(open ? Math.max(lines, 2) : lines));
	}

	/** The item's value of a form field as the form states it (the reader reads it back the same). */
	private String text(Field field) {
		if (field == Field.PLAN_NAME) {
			return request.planName();
		}
		if (field == Field.CATEGORY) {
			return item.categoryCode() + " " + item.categoryName();
		}
		if (field == Field.SUBCATEGORY) {
			return item.subcategoryCode() + " " + item.subcategoryName();
		}
		if (field == Field.ITEM_NO) {
			return Integer.toString(item.itemNo());
		}
		if (field == Field.ITEM_NAME) {
			return item.name();
		}
		if (field == Field.DEPARTMENTS) {
			return String.join("、", item.departments());
		}
		if (field == Field.KPI_NAME) {
			return item.kpiName() == null ? "-"
					: item.kpiName() + (item.kpiUnit() == null ? "" : "（" + item.kpiUnit() + "）");
		}
		return item.formValue(field).map(FormCells::asWritten).orElse(null);
	}

}
