package jp.reform.survey.consolidate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import jp.reform.survey.normalize.AchievementRates;
import jp.reform.survey.normalize.StatusWords;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.store.PlanPeriod;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.Field;

/**
 * Builds 「推進項目の一覧」 from the current items: per 中分類 the planned/implemented counts and the
 * sums of 効果目標額/効果額 per fiscal year (each effect sits on exactly one item's year row), the
 * 計 row and the 達成率 row (実績 / 目標 × 100, half-up to two decimals, none where 目標 is 0).
 */
public final class Consolidator {

	private final ItemProgress progress = new ItemProgress(new StatusWords());

	private final AchievementRates rates = new AchievementRates();

	public List<PlanSummary> consolidate(List<CurrentItem> items, List<PlanPeriod> periods) {
		Map<String, List<CurrentItem>> byPlan = new LinkedHashMap<>();
		items.forEach(item -> byPlan.computeIfAbsent(item.planName(), k -> new ArrayList<>()).add(item));
		List<PlanSummary> plans = new ArrayList<>();
		byPlan.forEach((plan, planItems) -> {
			PlanPeriod period = periods.stream()
				.filter(p -> p.planName().equals(plan))
				.findFirst()
				.orElse(new PlanPeriod(plan, null, null, null));
			plans.add(plan(period, planItems));
		});
		return plans;
	}

	private PlanSummary plan(PlanPeriod period, List<CurrentItem> items) {
		List<Integer> years = years(period, items);
		Map<String, List<CurrentItem>> byCategory = group(items, i -> i.categoryCode());
		List<CategorySummary> categories = new ArrayList<>();
		byCategory.forEach((code, categoryItems) -> {
			List<SubcategorySummary> subs = new ArrayList<>();
			group(categoryItems, CurrentItem::subcategoryCode).forEach((sub, subItems) -> subs.add(subcategory(subItems, years)));
			categories.add(new CategorySummary(code, categoryItems.get(0).categoryName(), subs));
		});
		List<YearFigures> totals = new ArrayList<>();
		for (int i = 0; i < years.size(); i++) {
			int index = i;
			List<YearFigures> column = categories.stream()
				.flatMap(c -> c.subcategories().stream())
				.map(s -> s.years().get(index))
				.toList();
			BigDecimal target = sum(column.stream().map(YearFigures::target).toList());
			BigDecimal actual = sum(column.stream().map(YearFigures::actual).toList());
			totals.add(new YearFigures(years.get(i), target, actual, rate(actual, target),
					column.stream().mapToInt(YearFigures::implemented).sum()));
		}
		BigDecimal totalTarget = sum(totals.stream().map(YearFigures::target).toList());
		BigDecimal totalActual = sum(totals.stream().map(YearFigures::actual).toList());
		int implemented = (int) items.stream().filter(i -> implementedAtEnd(i, years)).count();
		return new PlanSummary(period.planName(), period.reportYear(), years, categories, totals, totalTarget,
				totalActual, rate(totalActual, totalTarget), items.size(), implemented,
				rates.rate(BigDecimal.valueOf(implemented), BigDecimal.valueOf(items.size())).orElse(null),
				items);
	}

	private SubcategorySummary subcategory(List<CurrentItem> items, List<Integer> years) {
		List<YearFigures> figures = new ArrayList<>();
		for (int year : years) {
			BigDecimal target = sum(values(items, Field.EFFECT_TARGET, year));
			BigDecimal actual = sum(values(items, Field.EFFECT_ACTUAL, year));
			int implemented = (int) items.stream().filter(i -> progress.implementedAsOf(i, year)).count();
			figures.add(new YearFigures(year, target, actual, rate(actual, target), implemented));
		}
		BigDecimal totalTarget = sum(figures.stream().map(YearFigures::target).toList());
		BigDecimal totalActual = sum(figures.stream().map(YearFigures::actual).toList());
		CurrentItem first = items.get(0);
		int implemented = (int) items.stream().filter(i -> implementedAtEnd(i, years)).count();
		return new SubcategorySummary(first.subcategoryCode(), first.subcategoryName(), items.size(), implemented,
				figures, totalTarget, totalActual, rate(totalActual, totalTarget));
	}

	private boolean implementedAtEnd(CurrentItem item, List<Integer> years) {
		return progress.implementedAtEnd(item, years);
	}

	private static List<Integer> years(PlanPeriod period, List<CurrentItem> items) {
		TreeSet<Integer> years = new TreeSet<>();
		if (period.firstYear() != null && period.lastYear() != null) {
			for (int y = period.firstYear(); y <= period.lastYear(); y++) {
				years.add(y);
			}
		}
		items.stream()
			.flatMap(i -> i.values().stream())
			.map(SourcedValue::fiscalYear)
			.filter(Objects::nonNull)
			.forEach(years::add);
		return List.copyOf(years);
	}

	private static List<BigDecimal> values(List<CurrentItem> items, Field field, int year) {
		return items.stream()
			.flatMap(i -> i.values().stream())
			.filter(v -> field.equals(v.field()) && Objects.equals(v.fiscalYear(), year))
			.map(SourcedValue::number)
			.toList();
	}

	/** Sum of the values present; null when none is (no value is not zero). */
	private static BigDecimal sum(List<BigDecimal> values) {
		return values.stream().filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
	}

	private BigDecimal rate(BigDecimal actual, BigDecimal target) {
		return rates.rate(actual, target).orElse(null);
	}

	private static <K> Map<K, List<CurrentItem>> group(List<CurrentItem> items, Function<CurrentItem, K> key) {
		Map<K, List<CurrentItem>> groups = new LinkedHashMap<>();
		items.forEach(i -> groups.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i));
		return groups;
	}

}
