package jp.reform.survey.report;

import jp.reform.survey.vocabulary.SourcedValue;

/** Where a shown value came from: the workbook, sheet and cell, and what the department typed there. */
public record SourceRef(String file, String sheet, String cell, String entered) {

	static SourceRef of(String file, SourcedValue value) {
		return new SourceRef(file, value.sheet(), value.cell(), value.raw());
	}

	/** The hover text: 出典: R5実施報告_税務課.xlsx ／ シート「Ⅲ-②-7」 ／ セル E18 ／ 記入: 50,205 */
	public String title() {
		String text = "出典: " + file + " ／ シート「" + sheet + "」 ／ セル " + cell;
		return entered == null || entered.isBlank() ? text : text + " ／ 記入: " + entered.strip();
	}

}
