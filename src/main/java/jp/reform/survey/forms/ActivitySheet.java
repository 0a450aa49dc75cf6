package jp.reform.survey.forms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jp.reform.survey.normalize.FiscalYears;
import jp.reform.survey.report.ColumnWidths;
import jp.reform.survey.report.PrintLayout;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.survey.GeneratedFormProfile;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An item sheet for a plan whose year table is a row per activity (Iizuka's plan card): the form part, then
 * 「項目/年度」 with the plan's years across, each year over a column per measure the plan uses (取組内容, 実施状況)
 * named on the row under it, and a row per activity with its texts per year. Past years are read-only, the
 * surveyed year's cells open, and a later year's planned action open (it may be revised), never its 実施状況.
 */
final class ActivitySheet {

	/** Width of the activity names' column (half-width characters) when the template names none. */
	private static final String NAME_KIND = "activity-name";

	/** Width of each year's columns when the template names none. */
	private static final String COLUMN_KIND = "activity";

	private final FormRequest request;

	private final CurrentItem item;

	private final List<FormColumn> columns;

	private final FormStyles styles;

	private final FormTemplate template;

	private final XSSFSheet sheet;

	private final FiscalYears fiscalYears = new FiscalYears();

	ActivitySheet(XSSFWorkbook workbook, FormRequest request, CurrentItem item, List<FormColumn> columns,
			FormStyles styles, FormTemplate template) {
		this.request = request;
		this.item = item;
		this.columns = columns;
		this.styles = styles;
		this.template = template;
		this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(item.code()));
	}

	void write() {
		int years = request.lastYear() - request.firstYear() + 1;
		int width = template.width(COLUMN_KIND);
		int nameWidth = template.width(NAME_KIND);
		int lastCol = years * columns.size();
		sheet.setColumnWidth(0, nameWidth * 256);
		for (int c = 1; c <= lastCol; c++) {
			sheet.setColumnWidth(c, width * 256);
		}
		FormCells.cell(sheet, 0, 0, template.itemTitle(), styles.title);
		sheet.getRow(0).setHeightInPoints(FormCells.titleHeight(template.itemTitle(), nameWidth + lastCol * width));
		hint(lastCol, nameWidth + lastCol * width);
		int header = new FormFieldRows(sheet, request, item, styles, lastCol, lastCol * width).write(3) + 1;
		header(header, years, width);
		int row = header + 2;
		for (SourcedValue activity : activities()) {
			activityRow(row++, activity, width, nameWidth);
		}
		sheet.createFreezePane(1, header + 2);
		// one page per sheet, the two header rows repeated should it ever run over
		PrintLayout.apply(sheet, (header + 1) + ":" + (header + 2), true,
				nameWidth + lastCol * width > template.portraitWidth(), FormCells.pageHeader(request));
		sheet.enableLocking();
	}

	/** Which cells to fill, under the title: the grey cells of other years are easily taken for blanks to fill. */
	private void hint(int lastCol, int sheetWidth) {
		String year = fiscalYears.label(request.surveyYear());
		String asked = columns.stream().filter(c -> !c.openAhead()).map(FormColumn::header).collect(Collectors.joining("・"));
		String revised = columns.stream().filter(FormColumn::openAhead).map(FormColumn::header)
			.collect(Collectors.joining("・"));
		List<String> parts = new ArrayList<>();
		if (!asked.isEmpty()) {
			parts.add(year + "の" + asked);
		}
		if (!revised.isEmpty()) {
			parts.add(revised + "の見直し（" + year + "以降）");
		}
		String text = "黄色のセルに記入してください：" + String.join("、", parts) + "。灰色のセルは変更できません。";
		FormCells.cell(sheet, 1, 0, text, styles.text);
		sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, lastCol));
		sheet.getRow(1).setHeightInPoints(ColumnWidths.height(FormCells.lines(text, sheetWidth)));
	}

	/** 「項目/年度」 over two rows, each year merged over its columns, their headers on the row under it. */
	private void header(int r, int years, int width) {
		FormCells.cell(sheet, r, 0, GeneratedFormProfile.ACTIVITY_HEADER, styles.header);
		FormCells.cell(sheet, r + 1, 0, null, styles.header);
		sheet.addMergedRegion(new CellRangeAddress(r, r + 1, 0, 0));
		int headerLines = 1;
		for (int y = 0; y < years; y++) {
			int first = 1 + y * columns.size();
			FormCells.cell(sheet, r, first, fiscalYears.label(request.firstYear() + y), styles.header);
			for (int c = 0; c < columns.size(); c++) {
				if (c > 0) {
					FormCells.cell(sheet, r, first + c, null, styles.header);
				}
				String text = columns.get(c).header();
				FormCells.cell(sheet, r + 1, first + c, text, styles.header);
				headerLines = Math.max(headerLines, FormCells.lines(text, width));
			}
			if (columns.size() > 1) {
				sheet.addMergedRegion(new CellRangeAddress(r, r, first, first + columns.size() - 1));
			}
		}
		sheet.getRow(r).setHeightInPoints(ColumnWidths.height(1));
		sheet.getRow(r + 1).setHeightInPoints(ColumnWidths.height(headerLines));
	}

	private void activityRow(int r, SourcedValue activity, int width, int nameWidth) {
		String name = FormCells.asWritten(activity);
		FormCells.cell(sheet, r, 0, name, styles.label);
		int lines = FormCells.lines(name, nameWidth);
		for (int year = request.firstYear(); year <= request.lastYear(); year++) {
			for (int c = 0; c < columns.size(); c++) {
				FormColumn column = columns.get(c);
				boolean open = year == request.surveyYear() || (year > request.surveyYear() && column.openAhead());
				CellStyle style = open ? styles.input : styles.locked;
				String text = text(column.field(), year, activity.line());
				FormCells.cell(sheet, r, 1 + (year - request.firstYear()) * columns.size() + c, text, style);
				int needed = text == null ? 1 : FormCells.lines(text, width);
				lines = Math.max(lines, open ? Math.max(needed, FormCells.OPEN_PROSE_LINES) : needed);
			}
		}
		sheet.getRow(r).setHeightInPoints(ColumnWidths.height(lines));
	}

	/** The item's activities in their order (line 1, 2 …). */
	private List<SourcedValue> activities() {
		return item.values(Field.ACTIVITY)
			.stream()
			.filter(v -> v.line() != null)
			.sorted(Comparator.comparing(SourcedValue::line))
			.toList();
	}

	/** An activity's text of a field in a year, as written. */
	private String text(Field field, int year, Integer line) {
		return item.values(field, year)
			.stream()
			.filter(v -> Objects.equals(v.line(), line))
			.findFirst()
			.map(FormCells::asWritten)
			.orElse(null);
	}

}
