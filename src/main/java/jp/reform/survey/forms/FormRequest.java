package jp.reform.survey.forms;

import java.time.LocalDate;
import java.util.List;

import jp.reform.survey.store.CurrentItem;

/**
 * One department's form to generate: its current items of the plan, the plan period and the fiscal
 * year being surveyed.
 */
public record FormRequest(String planName, int firstYear, int lastYear, int surveyYear, LocalDate deadline,
		String department, List<CurrentItem> items) {

	/** Written into the form's hidden metadata sheet; bump when the layout changes incompatibly. */
	public static final String FORM_VERSION = "1";

}
