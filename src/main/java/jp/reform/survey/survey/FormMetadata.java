package jp.reform.survey.survey;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.SheetGrid;

/**
 * What a form this product generated says about itself (its very hidden sheet {@value #SHEET}): so a
 * returned form needs no guessing, and one from the wrong year is caught.
 *
 * @param layout the layout profile of the plan the form was made for (its item sheets are read in that
 *        layout's {@link GeneratedFormProfile}), or null on forms from before layouts were recorded
 */
public record FormMetadata(String planName, String department, int surveyYear, String formVersion, String layout) {

	public static final String SHEET = "_form";

	/** Reads the key/value rows (column A key, column B value); empty when the sheet is not one of ours. */
	static Optional<FormMetadata> read(SheetGrid sheet) {
		if (!SHEET.equals(sheet.name())) {
			return Optional.empty();
		}
		Map<String, String> values = new HashMap<>();
		for (int row : sheet.rowIndices()) {
			Optional<GridCell> key = sheet.cell(row, 0);
			Optional<GridCell> value = sheet.cell(row, 1);
			if (key.isPresent() && value.isPresent()) {
				values.put(key.get().display().strip(), value.get().display().strip());
			}
		}
		try {
			return Optional.of(new FormMetadata(values.get("plan"), values.get("department"),
					Integer.parseInt(values.get("survey_year")), values.get("form_version"), values.get("layout")));
		}
		catch (RuntimeException ex) {
			return Optional.empty(); // damaged metadata: read the form like any other workbook
		}
	}

}
