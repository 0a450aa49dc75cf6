package jp.reform.survey.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jp.reform.survey.consolidate.Achievement;
import jp.reform.survey.consolidate.ItemProgress;
import jp.reform.survey.consolidate.PlanMeasures;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.normalize.Comparator;
import jp.reform.survey.normalize.Normalized;
import jp.reform.survey.normalize.Status;
import jp.reform.survey.normalize.StatusWords;
import jp.reform.survey.report.chart.KpiSeries;
import jp.reform.survey.report.chart.SvgCharts;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.Measure;

/** Turns a plan's current items into the rows of the summary's 実施項目 list, formatted and sourced. */
final class ItemViews {

	private final JapaneseFormats fmt;

	private final SvgCharts charts;

	private final StatusWords statusWords = new StatusWords();

	private final ItemProgress progress = new ItemProgress(statusWords);

	private final ValueText valueText;

	ItemViews(JapaneseFormats fmt, SvgCharts charts) {
		this.fmt = fmt;
		this.charts = charts;
		this.valueText = new ValueText(fmt);
	}

	/** @param idPrefix unique per plan, for the SVG ids */
	List<ItemView> of(PlanSummary plan, String idPrefix) {
		List<ItemView> views = new ArrayList<>();
		Map<Long, Achievement> achievements = new HashMap<>();
		plan.achievement().items().forEach(a -> achievements.put(a.item().itemId(), a));
		for (CurrentItem item : plan.items()) {
			views.add(view(item, plan, achievements.get(item.itemId()), idPrefix + "-" + views.size()));
		}
		return views;
	}

	private ItemView view(CurrentItem item, PlanSummary plan, Achievement achievement, String id) {
		List<Integer> years = plan.years();
		Map<Field, Map<Integer, SourcedValue>> byField = new HashMap<>();
		for (SourcedValue v : item.values()) {
			if (v.fiscalYear() != null) {
				byField.computeIfAbsent(v.field(), k -> new HashMap<>()).putIfAbsent(v.fiscalYear(), v);
			}
		}
		List<ItemYearView> rows = new ArrayList<>();
		List<BigDecimal> kpiActuals = new ArrayList<>();
		List<BigDecimal> kpiTargets = new ArrayList<>();
		for (int year : years) {
			SourcedValue progress = get(byField, Field.PROGRESS, year);
			rows.add(new ItemYearView(year, text(item, get(byField, Field.SCHEDULE, year)), text(item, progress),
					progress != null && implemented(progress.text()),
					amount(item, get(byField, Field.EFFECT_TARGET, year)),
					amount(item, get(byField, Field.EFFECT_ACTUAL, year)),
					kpi(item, get(byField, Field.KPI_TARGET, year)), kpi(item, get(byField, Field.KPI_ACTUAL, year)),
					text(item, get(byField, Field.NOTE, year))));
			kpiActuals.add(number(get(byField, Field.KPI_ACTUAL, year)));
			kpiTargets.add(number(get(byField, Field.KPI_TARGET, year)));
		}
		KpiSeries kpi = new KpiSeries(item.kpiName() == null ? "成果指標" : item.kpiName(), item.kpiUnit(), years,
				kpiActuals, kpiTargets);
		boolean drawable = kpi.drawable();
		List<String> departments = item.departments();
		return new ItemView(item.code(),
				item.categoryCode(), item.categoryCode() + " " + item.categoryName(),
				item.categoryCode() + item.subcategoryCode(), item.subcategoryCode() + " " + item.subcategoryName(),
				item.itemNo(), item.name(), item.leadDepartment(), departments.isEmpty() ? List.of(item.leadDepartment())
						: departments,
				progress.implementedAtEnd(item, years), kpiLabel(item), kpi,
				drawable ? charts.kpiSparkline(kpi, id + "-s") : null, drawable ? charts.kpiTrend(kpi, id + "-k") : null,
				rows, total(item, byField.get(Field.EFFECT_TARGET)),
				total(item, byField.get(Field.EFFECT_ACTUAL)), item.fileName(),
				fmt.dateTime(item.submittedAt()), achievement(item, achievement),
				achievement == null ? "" : achievement.band().key(), detail(item, plan.measures(), years));
	}

	private ValueView achievement(CurrentItem item, Achievement achievement) {
		if (achievement == null || achievement.rate() == null) {
			return ValueView.NONE;
		}
		String text = fmt.number(achievement.rate()) + "%" + (achievement.computed() ? "（計算）" : "");
		return new ValueView(text, SourceRef.of(item.fileName(), achievement.source()));
	}

	/** The item's 内訳: its form texts, its year table by the plan's year fields, its stated figures. */
	private ItemDetail detail(CurrentItem item, PlanMeasures measures, List<Integer> years) {
		List<ItemDetail.Labelled> texts = new ArrayList<>();
		for (Field field : measures.formTexts()) {
			ValueView value = valueText.view(item.fileName(), item.values().stream()
				.filter(v -> v.fiscalYear() == null && v.field().equals(field)).toList());
			if (value.present()) {
				texts.add(new ItemDetail.Labelled(field.label(), value));
			}
		}
		List<Field> columns = measures.yearFields().stream()
			.filter(f -> f.measure() != Measure.STATED_FIGURES && f.measure() != Measure.ACTIVITIES)
			.toList();
		List<ItemDetail.Row> rows = new ArrayList<>();
		for (int year : years) {
			List<ValueView> cells = new ArrayList<>();
			for (Field field : columns) {
				cells.add(valueText.view(item.fileName(), item.values(field, year)));
			}
			if (cells.stream().anyMatch(ValueView::present)) {
				rows.add(new ItemDetail.Row(year, cells));
			}
		}
		List<ItemDetail.Activity> activities = activities(item, years);
		return new ItemDetail(texts, columns.stream().map(Field::labelWithUnit).toList(), rows, statedPairs(item),
				activities.isEmpty() ? List.of() : years, activities);
	}

	/** The item's activities in their order (line 1, 2 …), each with its texts per plan year. */
	private List<ItemDetail.Activity> activities(CurrentItem item, List<Integer> years) {
		Map<Integer, List<SourcedValue>> byLine = new java.util.TreeMap<>();
		item.values().stream().filter(v -> v.line() != null && v.field().measure() == Measure.ACTIVITIES)
			.forEach(v -> byLine.computeIfAbsent(v.line(), k -> new ArrayList<>()).add(v));
		List<ItemDetail.Activity> activities = new ArrayList<>();
		for (List<SourcedValue> values : byLine.values()) {
			List<ValueView> plans = new ArrayList<>();
			List<ValueView> results = new ArrayList<>();
			for (int year : years) {
				plans.add(activityText(item, values, Field.ACTIVITY_PLAN, year));
				results.add(activityText(item, values, Field.ACTIVITY_RESULT, year));
			}
			activities.add(new ItemDetail.Activity(activityText(item, values, Field.ACTIVITY, null), plans, results,
					results.stream().anyMatch(ValueView::present)));
		}
		return activities;
	}

	private ValueView activityText(CurrentItem item, List<SourcedValue> values, Field field, Integer year) {
		return valueText.view(item.fileName(), values.stream()
			.filter(v -> v.field() == field && Objects.equals(v.fiscalYear(), year))
			.toList());
	}

	/** Stated figures grouped by their sentence: the plan first, then every actual the sentence gives. */
	private List<ItemDetail.StatedPair> statedPairs(CurrentItem item) {
		Map<String, List<SourcedValue>> bySentence = new LinkedHashMap<>();
		item.values()
			.stream()
			.filter(v -> v.field().measure() == Measure.STATED_FIGURES)
			.forEach(v -> bySentence.computeIfAbsent(v.fiscalYear() + "\u0000" + v.text(), k -> new ArrayList<>())
				.add(v));
		List<ItemDetail.StatedPair> pairs = new ArrayList<>();
		for (List<SourcedValue> values : bySentence.values()) {
			SourcedValue first = values.get(0);
			ValueView target = values.stream()
				.filter(v -> v.field() == Field.STATED_TARGET)
				.findFirst()
				.map(v -> valueText.view(item.fileName(), v))
				.orElse(ValueView.NONE);
			List<ValueView> actuals = values.stream()
				.filter(v -> v.field() == Field.STATED_ACTUAL)
				.map(v -> valueText.view(item.fileName(), v))
				.toList();
			pairs.add(new ItemDetail.StatedPair(first.fiscalYear(), first.text(), target, actuals));
		}
		return pairs;
	}

	private boolean implemented(String progress) {
		return progress != null && statusWords.parse(progress) instanceof Normalized.Value<Status> s
				&& s.value().implemented();
	}

	private static String kpiLabel(CurrentItem item) {
		if (item.kpiName() == null || item.kpiName().isBlank()) {
			return "－";
		}
		return item.kpiUnit() == null ? item.kpiName() : item.kpiName() + "（" + item.kpiUnit() + "）";
	}

	private static SourcedValue get(Map<Field, Map<Integer, SourcedValue>> byField, Field field, int year) {
		return byField.getOrDefault(field, Map.of()).get(year);
	}

	private static BigDecimal number(SourcedValue v) {
		return v == null ? null : v.number();
	}

	private ValueView text(CurrentItem item, SourcedValue v) {
		return v == null || v.text() == null || v.text().isBlank() ? ValueView.NONE
				: new ValueView(v.text(), SourceRef.of(item.fileName(), v));
	}

	private ValueView amount(CurrentItem item, SourcedValue v) {
		if (v == null || v.number() == null) {
			return ValueView.NONE;
		}
		return new ValueView((v.approximate() ? "約" : "") + fmt.kyen(v.number()), SourceRef.of(item.fileName(), v));
	}

	private ValueView kpi(CurrentItem item, SourcedValue v) {
		if (v == null || v.number() == null) {
			return ValueView.NONE;
		}
		String unit = v.unit() != null && !v.unit().equals(item.kpiUnit()) ? v.unit() : "";
		// the bound as the office writes it (「1名以上」), as ValueText does elsewhere
		String bound = Comparator.fromSymbol(v.comparator()).map(Comparator::word).orElse("");
		return new ValueView((v.approximate() ? "約" : "") + fmt.number(v.number()) + unit + bound,
				SourceRef.of(item.fileName(), v));
	}

	/** The item's effect over all years, sourced to the cells summed (E14+E15+…). */
	private ValueView total(CurrentItem item, Map<Integer, SourcedValue> values) {
		if (values == null) {
			return ValueView.NONE;
		}
		List<SourcedValue> inOrder = values.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(Map.Entry::getValue)
			.filter(v -> v.number() != null)
			.toList();
		if (inOrder.isEmpty()) {
			return ValueView.NONE;
		}
		BigDecimal sum = inOrder.stream().map(SourcedValue::number).reduce(BigDecimal::add).orElseThrow();
		String cells = String.join("+", inOrder.stream().map(SourcedValue::cell).toList());
		return new ValueView(fmt.kyen(sum), new SourceRef(item.fileName(), inOrder.get(0).sheet(), cells, null));
	}

}
