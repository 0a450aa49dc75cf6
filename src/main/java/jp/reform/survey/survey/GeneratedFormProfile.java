package jp.reform.survey.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.reform.survey.vocabulary.Field;

/**
 * The layout of the survey form this product generates for a plan read in layout {@code plan}: the
 * standard shape (labels down column A, one year table with the years down and a column per measure,
 * whichever way the plan's own sheets run) — or, for a plan whose year table is a row per activity
 * (Iizuka's plan card), the years across with a row per activity and its planned action and 実施状況
 * under each year — carrying exactly the
 * fields the plan's layout reads, each under the plan's own first label (Ogori's 項目名, 年度計画達成度;
 * Annaka's 計画項目, 計画概要 …). The form writer prints these labels and the reader reads a returned
 * form with this profile, so what a department writes comes back as the same fields, normalised by the
 * plan's own rules (figures in text, figures stated in prose).
 */
public final class GeneratedFormProfile {

	/** The header above the fiscal-year labels. */
	public static final String YEAR_HEADER = "年度";

	/**
	 * The header above the activity names, right of which the years run across (Iizuka's plan card's own), on
	 * forms for a plan whose year table is a row per activity.
	 */
	public static final String ACTIVITY_HEADER = "項目/年度";

	/** The label of the check row under the years (sums of the money columns). */
	public static final String TOTAL = "計";

	/** What every form states so its items are keyed without the plan's defaults. */
	static final List<Field> IDENTITY = List.of(Field.PLAN_NAME, Field.CATEGORY, Field.SUBCATEGORY, Field.ITEM_NO,
			Field.ITEM_NAME, Field.DEPARTMENTS);

	private GeneratedFormProfile() {
	}

	/** The profile of forms generated for a plan read in {@code plan}; its name stays the plan's layout's. */
	public static LayoutProfile of(LayoutProfile plan) {
		Map<String, Field> form = new LinkedHashMap<>();
		for (Field field : IDENTITY) {
			form.putIfAbsent(label(plan.formLabels(), field), field);
		}
		for (Field field : plan.formFields()) {
			if (!IDENTITY.contains(field)) {
				form.putIfAbsent(label(plan.formLabels(), field), field);
			}
		}
		Map<String, Field> columns = new LinkedHashMap<>();
		YearTableLayout own = plan.yearTable();
		if (own.activityRows()) {
			// a row per activity as on the plan's card, each year's columns its planned action and what the plan monitors
			columns.put(label(own.columns(), Field.ACTIVITY_PLAN), Field.ACTIVITY_PLAN);
			if (plan.columnFields().contains(Field.ACTIVITY_RESULT)) {
				columns.putIfAbsent(label(own.columns(), Field.ACTIVITY_RESULT), Field.ACTIVITY_RESULT);
			}
			YearTableLayout table = new YearTableLayout(Set.of(Labels.canonical(ACTIVITY_HEADER)), columns, Map.of(),
					Map.of(), Set.of(), Set.of(), Set.of(), false, true, Map.of(), true);
			return form(plan, form, table);
		}
		// the unheaded text beside a year label (Ogori's 「R5年度計画」「R4年度実績」) becomes a column of its own
		plan.yearTable()
			.besideYear()
			.values()
			.stream()
			.distinct()
			.sorted(Field.ORDER)
			.forEach(field -> columns.putIfAbsent(Labels.canonical(field.label()), field));
		// with the years across, a row label (目標効果額) says more than the sub-header under a year (目標)
		Map<String, Field> headers = new LinkedHashMap<>();
		(own.yearsAcross() ? own.rows() : own.columns()).forEach(headers::putIfAbsent);
		(own.yearsAcross() ? own.columns() : own.rows()).forEach(headers::putIfAbsent);
		for (Field field : plan.columnFields()) {
			columns.putIfAbsent(label(headers, field), field);
		}
		YearTableLayout table = new YearTableLayout(Set.of(YEAR_HEADER), columns, Map.of(), Map.of(), Set.of(TOTAL),
				own.figuresInText(), own.statedFigures(), false, false, Map.of(), false);
		return form(plan, form, table);
	}

	private static LayoutProfile form(LayoutProfile plan, Map<String, Field> form, YearTableLayout table) {
		return new LayoutProfile(plan.name(), plan.title(), List.of(Field.ITEM_NAME), form, null, false, table,
				plan.coverLabels(), plan.defaults(), plan.source(), plan.declaredFields(), Set.of(), false,
				plan.kpiLowerIsBetter());
	}

	/** The form fields in the order the form lists them, each with its label. */
	public static Map<Field, String> formFields(LayoutProfile form) {
		return byField(form.formLabels());
	}

	/** The year-table columns in the order the form shows them, each with its header (unit not included). */
	public static Map<Field, String> columns(LayoutProfile form) {
		return byField(form.yearTable().columns());
	}

	private static Map<Field, String> byField(Map<String, Field> byLabel) {
		Map<Field, String> fields = new LinkedHashMap<>();
		byLabel.forEach((label, field) -> fields.putIfAbsent(field, display(label, field)));
		return fields;
	}

	/** Labels are kept canonical (「NO.」); the vocabulary's own spelling is printed when it is the same label. */
	private static String display(String label, Field field) {
		return Labels.canonical(field.label()).equals(label) ? field.label() : label;
	}

	/** The plan's first label for a field, else the vocabulary's. */
	private static String label(Map<String, Field> labels, Field field) {
		List<String> own = new ArrayList<>();
		labels.forEach((label, f) -> {
			if (f.equals(field)) {
				own.add(label);
			}
		});
		return own.isEmpty() ? Labels.canonical(field.label()) : own.get(0);
	}

}
