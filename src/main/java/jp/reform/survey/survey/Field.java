package jp.reform.survey.survey;

/** What a stored value means; the store keeps one row per (item, field, fiscal year). */
public enum Field {

	PLAN_NAME, CATEGORY, SUBCATEGORY, ITEM_NO, ITEM_NAME, DEPARTMENTS, RELATED_DEPARTMENTS, GOAL, CURRENT_STATE,
	ACTIVITIES, KPI_NAME,
	/** Year-table columns. */
	YEAR_LABEL, SCHEDULE, PROGRESS, EFFECT_TARGET, EFFECT_ACTUAL, KPI_TARGET, KPI_ACTUAL, RATE, NOTE;

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
