package jp.reform.survey.survey;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a stored value means; the store keeps one row per (item, field, fiscal year). The lower-case
 * {@link #key()} is also the name a layout profile uses for the field.
 */
public enum Field {

	PLAN_NAME, CATEGORY, SUBCATEGORY, ITEM_NO, ITEM_NAME, DEPARTMENTS, RELATED_DEPARTMENTS, GOAL, CURRENT_STATE,
	ACTIVITIES, KPI_NAME,
	/** Year-table columns. */
	YEAR_LABEL, SCHEDULE, PROGRESS, EFFECT_TARGET, EFFECT_ACTUAL, KPI_TARGET, KPI_ACTUAL, RATE, NOTE,
	/** Prose of a year row: what was planned (計画概要, 「R5年度計画」) and what was done (実施概要, 「R4年度実績」). */
	PLAN_TEXT, RESULT_TEXT,
	/** A planned and an actual figure stated in one sentence of prose; the sentence is the value's text. */
	STATED_TARGET, STATED_ACTUAL;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Field> fromKey(String key) {
		return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
	}

	/** Whether the field belongs to a year row (else to the form part of the sheet). */
	public boolean isYearField() {
		return ordinal() >= YEAR_LABEL.ordinal();
	}

}
