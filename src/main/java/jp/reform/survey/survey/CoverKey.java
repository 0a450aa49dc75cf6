package jp.reform.survey.survey;

import java.util.Locale;

/** What a cover sheet (表紙) label means. */
public enum CoverKey {

	PLAN_NAME, PERIOD, REPORT_YEAR, DEPARTMENT, PERSON, SUBMITTED;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
