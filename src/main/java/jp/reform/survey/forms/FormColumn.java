package jp.reform.survey.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.reform.survey.report.ColumnWidths;
import jp.reform.survey.survey.GeneratedFormProfile;
import jp.reform.survey.survey.LayoutProfile;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.Role;
import jp.reform.survey.vocabulary.ValueKind;

/**
 * One column of a form's year table: a field the plan measures, under the plan's own header.
 *
 * @param header as printed, with the unit the cell is read in (効果額（千円）, 達成度（%）)
 * @param width in half-width characters
 * @param wraps whether its text wraps (prose, targets written as text), so rows are sized to it
 * @param textual whether its cells hold text as written (status words, prose, targets around a figure)
 *        rather than a bare number
 */
record FormColumn(Field field, String header, int width, boolean wraps, boolean textual) {

	private static final int MAX_HEADER_WIDTH = 22;

	static List<FormColumn> of(LayoutProfile form, FormTemplate template) {
		List<FormColumn> columns = new ArrayList<>();
		for (Map.Entry<Field, String> e : GeneratedFormProfile.columns(form).entrySet()) {
			Field field = e.getKey();
			boolean inText = form.yearTable().figuresInText().contains(field);
			String kind = inText ? "figure-text" : field.kind().key();
			boolean wraps = inText || field.kind() == ValueKind.PROSE || field.kind() == ValueKind.NAME;
			String header = header(e.getValue(), field);
			// wide enough for its header on one line, within reason (a long header wraps)
			int width = Math.max(template.width(kind), Math.min(ColumnWidths.width(header) + 3, MAX_HEADER_WIDTH));
			columns.add(new FormColumn(field, header, width, wraps, inText || !field.kind().numeric()));
		}
		return columns;
	}

	/** Open in a year after the surveyed one: next years' plans and targets may be revised, never results. */
	boolean openAhead() {
		return field.role() == Role.PLAN || field.role() == Role.TARGET;
	}

	boolean isStatus() {
		return field.kind() == ValueKind.STATUS;
	}

	private static String header(String label, Field field) {
		return switch (field.kind()) {
			case MONEY -> label + "（千円）";
			case RATE -> label + "（%）";
			default -> label;
		};
	}

}
