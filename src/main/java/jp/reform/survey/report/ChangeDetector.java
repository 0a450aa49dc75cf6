package jp.reform.survey.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import jp.reform.survey.consolidate.CategorySummary;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.consolidate.SubcategorySummary;
import jp.reform.survey.consolidate.YearFigures;
import jp.reform.survey.report.ChangeSummary.FigureChange;
import jp.reform.survey.report.ChangeSummary.ItemChange;
import jp.reform.survey.report.ChangeSummary.PlanChanges;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.store.Submission;
import jp.reform.survey.vocabulary.Field;

/**
 * Compares this run's consolidation with the previous run's (both built by the same consolidator, the
 * previous one from the item versions it reported): headline figures, each 中分類 × year figure of
 * 推進項目の一覧, and each item value a department changed by re-submitting.
 */
final class ChangeDetector {

	/** The item values a change is reported for, in the order the item sheet has them. */
	private static final List<Map.Entry<Field, String>> COMPARED = List.of(Map.entry(Field.SCHEDULE, "実施スケジュール"),
			Map.entry(Field.PROGRESS, "進捗"), Map.entry(Field.EFFECT_TARGET, "効果目標額（千円）"),
			Map.entry(Field.EFFECT_ACTUAL, "効果額（千円）"), Map.entry(Field.KPI_TARGET, "数値目標"),
			Map.entry(Field.KPI_ACTUAL, "成果状況"));

	private final JapaneseFormats fmt;

	ChangeDetector(JapaneseFormats fmt) {
		this.fmt = fmt;
	}

	ChangeSummary detect(ReportData data) {
		PreviousReport previous = data.previous();
		List<Submission> newSubmissions = data.submissions()
			.stream()
			.filter(s -> s.jobExecutionId() != null
					&& (previous == null || s.jobExecutionId() > previous.jobExecutionId()))
			.toList();
		if (previous == null) {
			return new ChangeSummary(null, newSubmissions, List.of());
		}
		List<PlanChanges> plans = new ArrayList<>();
		for (PlanSummary now : data.plans()) {
			PlanSummary before = previous.plans()
				.stream()
				.filter(p -> p.planName().equals(now.planName()))
				.findFirst()
				.orElse(null);
			plans.add(before == null ? new PlanChanges(now.planName(), true, List.of(), List.of(), List.of())
					: new PlanChanges(now.planName(), false, headline(before, now), figures(before, now),
							items(before, now)));
		}
		return new ChangeSummary(fmt.dateTime(previous.takenAt()), newSubmissions, plans);
	}

	private List<FigureChange> headline(PlanSummary before, PlanSummary now) {
		List<FigureChange> changes = new ArrayList<>();
		amount(changes, "効果額 目標（計、千円）", before.totalTarget(), now.totalTarget());
		amount(changes, "効果額 実績（計、千円）", before.totalActual(), now.totalActual());
		rate(changes, "達成率（%）", before.totalRate(), now.totalRate());
		count(changes, "実施項目数", before.planned(), now.planned());
		count(changes, "実施済みの項目数", before.implemented(), now.implemented());
		return changes;
	}

	private List<FigureChange> figures(PlanSummary before, PlanSummary now) {
		Map<String, SubcategorySummary> old = subcategories(before);
		List<FigureChange> changes = new ArrayList<>();
		subcategories(now).forEach((key, sub) -> {
			String label = key + " " + sub.name();
			SubcategorySummary was = old.get(key);
			if (was == null) {
				changes.add(new FigureChange(label + "（中分類の追加）", "－", sub.planned() + " 項目", "追加"));
				return;
			}
			count(changes, label + " 実施項目数", was.planned(), sub.planned());
			count(changes, label + " 実施済み", was.implemented(), sub.implemented());
			Map<Integer, YearFigures> oldYears = byYear(was.years());
			for (YearFigures y : sub.years()) {
				YearFigures o = oldYears.get(y.fiscalYear());
				String year = fmt.wareki(y.fiscalYear());
				amount(changes, label + " " + year + " 目標", o == null ? null : o.target(), y.target());
				amount(changes, label + " " + year + " 実績", o == null ? null : o.actual(), y.actual());
			}
		});
		return changes;
	}

	private List<ItemChange> items(PlanSummary before, PlanSummary now) {
		Map<Long, CurrentItem> old = new HashMap<>();
		before.items().forEach(i -> old.put(i.itemId(), i));
		List<ItemChange> changes = new ArrayList<>();
		for (CurrentItem item : now.items()) {
			String code = item.code();
			CurrentItem was = old.remove(item.itemId());
			if (was == null) {
				changes.add(new ItemChange(code, item.name(), "実施項目の追加", "－", "追加（" + item.fileName() + "）", null));
				continue;
			}
			if (!item.name().equals(was.name())) {
				changes.add(new ItemChange(code, item.name(), "実施項目名", was.name(), item.name(), null));
			}
			values(changes, code, item, was);
		}
		old.values()
			.forEach(i -> changes.add(new ItemChange(i.code(),
					i.name(), "実施項目", "あり", "集計対象外", null)));
		return changes;
	}

	private void values(List<ItemChange> changes, String code, CurrentItem item, CurrentItem was) {
		Map<String, SourcedValue> nowValues = keyed(item);
		Map<String, SourcedValue> oldValues = keyed(was);
		TreeSet<Integer> years = new TreeSet<>();
		item.values().stream().map(SourcedValue::fiscalYear).filter(Objects::nonNull).forEach(years::add);
		was.values().stream().map(SourcedValue::fiscalYear).filter(Objects::nonNull).forEach(years::add);
		for (int year : years) {
			for (Map.Entry<Field, String> compared : COMPARED) {
				Field field = compared.getKey();
				String label = compared.getValue();
				SourcedValue n = nowValues.get(field.key() + year);
				SourcedValue o = oldValues.get(field.key() + year);
				if (!same(n, o)) {
					changes.add(new ItemChange(code, item.name(), fmt.wareki(year) + " " + label, show(o), show(n),
							n == null ? null : SourceRef.of(item.fileName(), n)));
				}
			}
		}
	}

	private static Map<String, SourcedValue> keyed(CurrentItem item) {
		Map<String, SourcedValue> values = new HashMap<>();
		item.values()
			.stream()
			.filter(v -> v.fiscalYear() != null)
			.forEach(v -> values.putIfAbsent(v.field().key() + v.fiscalYear(), v));
		return values;
	}

	private static boolean same(SourcedValue a, SourcedValue b) {
		if (a == null || b == null) {
			return a == b;
		}
		if (a.number() != null || b.number() != null) {
			return a.number() != null && b.number() != null && a.number().compareTo(b.number()) == 0;
		}
		return Objects.equals(a.text(), b.text());
	}

	private String show(SourcedValue v) {
		if (v == null) {
			return "－";
		}
		return v.number() != null ? fmt.number(v.number()) : v.text();
	}

	private void amount(List<FigureChange> changes, String label, BigDecimal before, BigDecimal after) {
		if (!equal(before, after)) {
			changes.add(new FigureChange(label, fmt.kyen(before), fmt.kyen(after),
					fmt.delta(orZero(after).subtract(orZero(before)))));
		}
	}

	private void rate(List<FigureChange> changes, String label, BigDecimal before, BigDecimal after) {
		if (!equal(before, after)) {
			changes.add(new FigureChange(label, fmt.rate(before), fmt.rate(after),
					before == null || after == null ? "－" : fmt.delta(after.subtract(before))));
		}
	}

	private void count(List<FigureChange> changes, String label, int before, int after) {
		if (before != after) {
			changes.add(new FigureChange(label, Integer.toString(before), Integer.toString(after),
					fmt.delta(BigDecimal.valueOf(after - before))));
		}
	}

	private static boolean equal(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

	private static Map<String, SubcategorySummary> subcategories(PlanSummary plan) {
		Map<String, SubcategorySummary> subs = new LinkedHashMap<>();
		for (CategorySummary c : plan.categories()) {
			c.subcategories().forEach(s -> subs.put(c.code() + s.code(), s));
		}
		return subs;
	}

	private static Map<Integer, YearFigures> byYear(List<YearFigures> years) {
		Map<Integer, YearFigures> map = new HashMap<>();
		years.forEach(y -> map.put(y.fiscalYear(), y));
		return map;
	}

}
