package jp.reform.survey.vocabulary;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What a stored value means: one row per (item, field, fiscal year) in the store, one column value in
 * item_values.csv, one label in the reports. The built-in fields are the constants below; an office's
 * layout profile may declare more ({@link Vocabulary}), which then travel through reading, storing and
 * reporting like these.
 *
 * @param key lower-case name used by layout profiles, the store and the CSV (plan_name, effect_actual …)
 * @param scope whether the value belongs to the item's form part or to one of its year rows
 * @param kind how its cells are read and its values shown
 * @param measure what the value measures, which decides where the reports show it
 * @param role its part within the measure (a target, an actual …)
 * @param label what the office calls it (Japanese), for reports and messages
 * @param derived whether it is worked out from other cells (year label, figures stated in prose)
 *        rather than read from a column of its own
 */
public record Field(String key, Scope scope, ValueKind kind, Measure measure, Role role, String label,
		boolean derived) {

	/** Where a field's value sits on an item sheet. */
	public enum Scope {

		FORM, YEAR;

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	public static final Field PLAN_NAME = form("plan_name", ValueKind.NAME, Measure.IDENTITY, Role.NAME, "計画名");

	public static final Field CATEGORY = form("category", ValueKind.CODE, Measure.IDENTITY, Role.NAME, "大分類");

	public static final Field SUBCATEGORY = form("subcategory", ValueKind.CODE, Measure.IDENTITY, Role.NAME, "中分類");

	public static final Field ITEM_NO = form("item_no", ValueKind.NUMBER, Measure.IDENTITY, Role.NAME, "No.");

	public static final Field ITEM_NAME = form("item_name", ValueKind.NAME, Measure.IDENTITY, Role.NAME, "実施項目");

	public static final Field DEPARTMENTS = form("departments", ValueKind.NAME, Measure.IDENTITY, Role.NAME, "所管課");

	public static final Field RELATED_DEPARTMENTS = form("related_departments", ValueKind.NAME, Measure.IDENTITY,
			Role.NONE, "関係課");

	public static final Field GOAL = form("goal", ValueKind.PROSE, Measure.TEXT, Role.TARGET, "目標");

	public static final Field CURRENT_STATE = form("current_state", ValueKind.PROSE, Measure.TEXT, Role.NONE,
			"現状と課題");

	public static final Field ACTIVITIES = form("activities", ValueKind.PROSE, Measure.TEXT, Role.PLAN, "取組内容");

	public static final Field KPI_NAME = form("kpi_name", ValueKind.NAME, Measure.KPI, Role.NAME, "成果指標");

	/** The policy of an item (Iizuka's plan card: 取組方針 — background, what was done, the direction). */
	public static final Field POLICY = form("policy", ValueKind.PROSE, Measure.TEXT, Role.PLAN, "取組方針");

	/**
	 * The item's KPI with its target as one text (「タブレット端末数：30台」): the figure with the words as its
	 * label, or the text kept whole when it holds no single figure or a placeholder (〇台).
	 */
	public static final Field KPI_GOAL = form("kpi_goal", ValueKind.FIGURE, Measure.KPI, Role.TARGET, "目標値（KPI）");

	/** Examples to learn from (other municipalities, companies). */
	public static final Field REFERENCE_CASES = form("reference_cases", ValueKind.PROSE, Measure.TEXT, Role.NONE,
			"参考事例");

	/**
	 * One of the item's own activities (取り組みの項目・具体的手法), a row of a year table whose rows are the
	 * activities: its name. Values of one activity share a line number ({@link SourcedValue#line()}).
	 */
	public static final Field ACTIVITY = new Field("activity", Scope.FORM, ValueKind.NAME, Measure.ACTIVITIES,
			Role.NAME, "取り組みの項目", true);

	/** What an activity is to do in a year. */
	public static final Field ACTIVITY_PLAN = year("activity_plan", ValueKind.PROSE, Measure.ACTIVITIES, Role.PLAN,
			"年度の取組内容");

	/** How far an activity got in a year (実施状況), as the office monitors it. */
	public static final Field ACTIVITY_RESULT = year("activity_result", ValueKind.PROSE, Measure.ACTIVITIES,
			Role.RESULT, "実施状況");

	public static final Field YEAR_LABEL = new Field("year_label", Scope.YEAR, ValueKind.YEAR, Measure.IDENTITY,
			Role.NAME, "年度", true);

	public static final Field SCHEDULE = year("schedule", ValueKind.STATUS, Measure.STATUS, Role.PLAN, "実施スケジュール");

	public static final Field PROGRESS = year("progress", ValueKind.STATUS, Measure.STATUS, Role.RESULT, "進捗");

	public static final Field EFFECT_TARGET = year("effect_target", ValueKind.MONEY, Measure.EFFECT, Role.TARGET,
			"効果目標額");

	public static final Field EFFECT_ACTUAL = year("effect_actual", ValueKind.MONEY, Measure.EFFECT, Role.ACTUAL,
			"効果額");

	public static final Field KPI_TARGET = year("kpi_target", ValueKind.FIGURE, Measure.KPI, Role.TARGET, "数値目標");

	public static final Field KPI_ACTUAL = year("kpi_actual", ValueKind.FIGURE, Measure.KPI, Role.ACTUAL, "成果状況");

	public static final Field RATE = year("rate", ValueKind.RATE, Measure.ACHIEVEMENT, Role.RATE, "達成率");

	public static final Field NOTE = year("note", ValueKind.PROSE, Measure.TEXT, Role.NONE, "備考");

	/** Prose of a year row: what was planned (計画概要, 「R5年度計画」). */
	public static final Field PLAN_TEXT = year("plan_text", ValueKind.PROSE, Measure.TEXT, Role.PLAN, "計画概要");

	/** Prose of a year row: what was done (実施概要, 「R4年度実績」). */
	public static final Field RESULT_TEXT = year("result_text", ValueKind.PROSE, Measure.TEXT, Role.RESULT,
			"実施内容・実績");

	/** A planned figure stated in one sentence of prose; the sentence is the value's text. */
	public static final Field STATED_TARGET = new Field("stated_target", Scope.YEAR, ValueKind.FIGURE,
			Measure.STATED_FIGURES, Role.TARGET, "文中の計画値", true);

	/** The actual figure the same sentence states. */
	public static final Field STATED_ACTUAL = new Field("stated_actual", Scope.YEAR, ValueKind.FIGURE,
			Measure.STATED_FIGURES, Role.ACTUAL, "文中の実績値", true);

	/**
	 * Which way the item's KPI is good when its target states no bound: 「低いほど良い」 where the layout's profile
	 * names the KPI among those where lower is better ({@code kpiLowerIsBetter}); sourced to the KPI's name cell.
	 */
	public static final Field KPI_DIRECTION = new Field("kpi_direction", Scope.FORM, ValueKind.NAME, Measure.KPI,
			Role.NONE, "成果指標の向き", true);

	/** The text of {@link #KPI_DIRECTION} for a KPI that improves as it falls. */
	public static final String LOWER_IS_BETTER = "低いほど良い";

	/** Every built-in field, form fields first, in the order the reports list them. */
	public static final List<Field> BUILT_IN = List.of(PLAN_NAME, CATEGORY, SUBCATEGORY, ITEM_NO, ITEM_NAME,
			DEPARTMENTS, RELATED_DEPARTMENTS, POLICY, GOAL, CURRENT_STATE, ACTIVITIES, KPI_NAME, KPI_GOAL,
			KPI_DIRECTION, REFERENCE_CASES, ACTIVITY, YEAR_LABEL, SCHEDULE, PROGRESS, EFFECT_TARGET, EFFECT_ACTUAL, KPI_TARGET,
			KPI_ACTUAL, RATE, NOTE, PLAN_TEXT, RESULT_TEXT, STATED_TARGET, STATED_ACTUAL, ACTIVITY_PLAN,
			ACTIVITY_RESULT);

	/** The position of each built-in in {@link #BUILT_IN} by key: the reports sort fields for every cell they write. */
	private static final Map<String, Integer> BUILT_IN_INDEX = IntStream.range(0, BUILT_IN.size())
		.boxed()
		.collect(Collectors.toUnmodifiableMap(i -> BUILT_IN.get(i).key(), i -> i));

	/** Built-in fields in the order of {@link #BUILT_IN}, then declared ones by key: a stable order for maps and lists. */
	public static final Comparator<Field> ORDER = Comparator.comparingInt(Field::builtInIndex).thenComparing(Field::key);

	private static Field form(String key, ValueKind kind, Measure measure, Role role, String label) {
		return new Field(key, Scope.FORM, kind, measure, role, label, false);
	}

	private static Field year(String key, ValueKind kind, Measure measure, Role role, String label) {
		return new Field(key, Scope.YEAR, kind, measure, role, label, false);
	}

	/** A field an office declares in its own profile: it measures something the built-ins do not. */
	public static Field declared(String key, Scope scope, ValueKind kind, String label) {
		return new Field(key, scope, kind, Measure.OTHER, Role.NONE, label, false);
	}

	/**
	 * A field found in the store that no loaded vocabulary knows (its profile was removed since): kept
	 * and shown as text under its key, never dropped.
	 */
	public static Field unknown(String key, boolean yearly) {
		return new Field(key, yearly ? Scope.YEAR : Scope.FORM, ValueKind.PROSE, Measure.OTHER, Role.NONE, key, false);
	}

	public static Optional<Field> builtIn(String key) {
		return key == null ? Optional.empty() : Optional.ofNullable(BUILT_IN_INDEX.get(key)).map(BUILT_IN::get);
	}

	/** Its place in {@link #BUILT_IN}, or after them all: a field with a built-in's key but another meaning is not that built-in. */
	private int builtInIndex() {
		Integer i = key == null ? null : BUILT_IN_INDEX.get(key);
		return i != null && BUILT_IN.get(i).equals(this) ? i : BUILT_IN.size();
	}

	/**
	 * Every component equal, as a record's equals (its hash code stays the record's); the same constant
	 * (the usual case) answers at once, a field of another key after one string comparison.
	 */
	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		return other instanceof Field f && Objects.equals(key, f.key) && scope == f.scope && kind == f.kind
				&& measure == f.measure && role == f.role && Objects.equals(label, f.label) && derived == f.derived;
	}

	/** Whether the field belongs to a year row (else to the form part of the sheet). */
	public boolean isYearField() {
		return scope == Scope.YEAR;
	}

	/** Whether a layout's year table may map a column header to it. */
	public boolean isColumn() {
		return scope == Scope.YEAR && !derived;
	}

	public boolean isMoney() {
		return kind == ValueKind.MONEY;
	}

	/** The label with the unit the reports show it in: 効果額（千円）. */
	public String labelWithUnit() {
		return kind == ValueKind.MONEY ? label + "（千円）" : kind == ValueKind.RATE ? label + "（%）" : label;
	}

	@Override
	public String toString() {
		return key;
	}

}
