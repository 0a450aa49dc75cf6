package jp.reform.survey.survey;

import java.util.Locale;

/** What a year row reports when its label says so: 「R5年度計画」 is a plan, 「R4年度実績」 a result. */
public enum RowKind {

	PLAN, ACTUAL;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
