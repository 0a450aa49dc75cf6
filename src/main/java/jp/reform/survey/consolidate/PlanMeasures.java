package jp.reform.survey.consolidate;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.Measure;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * What one plan's workbooks measure: the fields its current items carry a value for, and their measures.
 * The reports show exactly these and leave the rest out (「対象外」), so a plan without money shows no
 * money and a plan without status words no 実施済み count.
 *
 * @param fields every field with at least one entered value, in {@link Field#ORDER}
 */
public record PlanMeasures(Set<Measure> measures, List<Field> fields) {

	/** The measures the summary's headline can speak of, in the order it does. */
	static final List<Measure> HEADLINE = List.of(Measure.EFFECT, Measure.STATUS, Measure.ACHIEVEMENT, Measure.KPI,
			Measure.STATED_FIGURES);

	public PlanMeasures {
		// an EnumSet, not Set.copyOf: its order (and so its text, part of a plan's report cache key) must be the
		// same in every JVM, where Set.copyOf's iteration order changes from run to run
		EnumSet<Measure> ordered = EnumSet.noneOf(Measure.class);
		ordered.addAll(measures);
		measures = java.util.Collections.unmodifiableSet(ordered);
		fields = List.copyOf(fields);
	}

	static PlanMeasures of(List<CurrentItem> items) {
		TreeSet<Field> fields = new TreeSet<>(Field.ORDER);
		items.stream().flatMap(i -> i.values().stream()).filter(PlanMeasures::entered).map(SourcedValue::field)
			.forEach(fields::add);
		Set<Measure> measures = EnumSet.noneOf(Measure.class);
		fields.forEach(f -> measures.add(f.measure()));
		return new PlanMeasures(measures, List.copyOf(fields));
	}

	static boolean entered(SourcedValue v) {
		return v.number() != null || (v.text() != null && !v.text().isBlank());
	}

	public boolean has(Measure measure) {
		return measures.contains(measure);
	}

	public boolean has(Field field) {
		return fields.contains(field);
	}

	/** By key, for the templates: {@code ms.hasField("result_text")}. */
	public boolean hasField(String fieldKey) {
		return fields.stream().anyMatch(f -> f.key().equals(fieldKey));
	}

	public boolean hasStatedFigures() {
		return has(Measure.STATED_FIGURES);
	}

	public boolean hasEffect() {
		return has(Measure.EFFECT);
	}

	/** 進捗 per year: what 実施済み counts. */
	public boolean hasProgress() {
		return has(Field.PROGRESS);
	}

	public boolean hasAchievement() {
		return has(Measure.ACHIEVEMENT);
	}

	public boolean hasKpiTargets() {
		return has(Field.KPI_TARGET);
	}

	public boolean hasKpiActuals() {
		return has(Field.KPI_ACTUAL);
	}

	/** Results reported in prose (Ogori's cards): worth a table of their own with the 達成度 beside them. */
	public boolean hasResults() {
		return has(Field.RESULT_TEXT) || has(Measure.STATED_FIGURES);
	}

	/**
	 * Whether the headline speaks of 達成度: when the plan measures no money, 達成度 is its result. A plan
	 * that reports 効果額 keeps the published headline; its rates stay in the item list.
	 */
	public boolean achievementInHeadline() {
		return has(Measure.ACHIEVEMENT) && !has(Measure.EFFECT);
	}

	/** Status words and money: what 「推進項目の一覧」 and figure 2 are made of. */
	public boolean hasPublishedTable() {
		return has(Measure.EFFECT) || has(Field.PROGRESS);
	}

	/** The columns of an item's year table: every year field the plan carries except the year label. */
	public List<Field> yearFields() {
		return fields.stream().filter(f -> f.isYearField() && f != Field.YEAR_LABEL).toList();
	}

	/**
	 * The prose and declared fields of an item's form part (目標, 現状と課題, 取組内容 …), 関係課, and a KPI written
	 * as one text with its target (Iizuka's 目標値（KPI）).
	 */
	public List<Field> formTexts() {
		return fields.stream()
			.filter(f -> !f.isYearField() && (f.measure() == Measure.TEXT || f.measure() == Measure.OTHER
					|| f == Field.RELATED_DEPARTMENTS || f == Field.KPI_GOAL))
			.toList();
	}

	/** The headline measures this plan does not carry, named as the office calls them: 「効果額・実施状況」. */
	public String notMeasured() {
		return HEADLINE.stream()
			.filter(m -> !has(m))
			.filter(m -> m != Measure.STATED_FIGURES)
			.map(Measure::label)
			.collect(Collectors.joining("・"));
	}

}
