package jp.reform.survey.forms;

import java.time.LocalDate;
import java.util.List;

import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.survey.LayoutProfile;

/**
 * One department's form to generate: its current items of the plan, the plan period, the fiscal year
 * being surveyed, and the form's layout (see {@link jp.reform.survey.survey.GeneratedFormProfile}).
 */
public record FormRequest(String planName, int firstYear, int lastYear, int surveyYear, LocalDate deadline,
		String department, List<CurrentItem> items, LayoutProfile form) {

	/** Written into the form's hidden metadata sheet; bump when the layout changes incompatibly. */
	public static final String FORM_VERSION = "2";

}
