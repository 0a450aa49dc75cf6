package jp.reform.survey.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jp.reform.survey.consolidate.KpiVerdict;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * The summary's measure sections of one plan — 「実績と計画」 and 「数値目標と実績」 — from its items and their
 * rows of the item list (the two lists run in parallel).
 */
final class MeasureViews {

	private final ValueText valueText;

	MeasureViews(JapaneseFormats fmt) {
		this.valueText = new ValueText(fmt);
	}

	ResultsView results(PlanSummary plan, List<ItemView> views) {
		Integer year = plan.achievement().present() ? plan.achievement().fiscalYear()
				: plan.items().stream()
					.flatMap(i -> i.values(Field.RESULT_TEXT).stream())
					.map(SourcedValue::fiscalYear)
					.filter(Objects::nonNull)
					.max(Integer::compare)
					.orElse(null);
		List<ResultsView.Row> rows = new ArrayList<>();
		for (int i = 0; i < views.size(); i++) {
			CurrentItem item = plan.items().get(i);
			ItemView view = views.get(i);
			ValueView result = year == null ? ValueView.NONE
					: item.value(Field.RESULT_TEXT, year).map(v -> valueText.view(item.fileName(), v)).orElse(ValueView.NONE);
			List<ItemDetail.StatedPair> pairs = view.detail()
				.pairs()
				.stream()
				.filter(p -> year == null || p.fiscalYear() == year)
				.toList();
			List<ResultsView.Dated> plans = new ArrayList<>();
			for (SourcedValue v : item.values(Field.PLAN_TEXT)) {
				if (v.fiscalYear() != null && (year == null || v.fiscalYear() > year)) {
					ValueView planned = valueText.view(item.fileName(), v);
					if (planned.present()) {
						plans.add(new ResultsView.Dated(v.fiscalYear(), planned));
					}
				}
			}
			rows.add(new ResultsView.Row(view, result, pairs, plans));
		}
		return new ResultsView(year, rows);
	}

	TargetsView targets(PlanSummary plan, List<ItemView> views) {
		List<Integer> years = plan.years()
			.stream()
			.filter(y -> plan.items().stream().anyMatch(i -> i.value(Field.KPI_TARGET, y).isPresent()
					|| i.value(Field.KPI_ACTUAL, y).isPresent()))
			.toList();
		Map<String, List<TargetsView.Row>> groups = new LinkedHashMap<>();
		for (int i = 0; i < views.size(); i++) {
			CurrentItem item = plan.items().get(i);
			if (!item.has(Field.KPI_TARGET) && !item.has(Field.KPI_ACTUAL)) {
				continue;
			}
			ItemView view = views.get(i);
			List<TargetsView.Cell> cells = new ArrayList<>();
			for (int year : years) {
				List<SourcedValue> targets = item.values(Field.KPI_TARGET, year);
				List<SourcedValue> actuals = item.values(Field.KPI_ACTUAL, year);
				KpiVerdict verdict = targets.isEmpty() && actuals.isEmpty() ? KpiVerdict.NOT_COMPARABLE
						: KpiVerdict.of(item, first(targets).orElse(null), first(actuals).orElse(null));
				if (targets.size() > 1 && verdict != KpiVerdict.AWAITING) {
					verdict = KpiVerdict.NOT_COMPARABLE; // two targets in one cell: the office judges, not us
				}
				if (!targets.isEmpty() && first(targets).get().number() == null && actuals.isEmpty()) {
					verdict = KpiVerdict.AWAITING;
				}
				cells.add(new TargetsView.Cell(year, valueText.view(item.fileName(), targets),
						valueText.view(item.fileName(), actuals), verdict.key(), verdict.label()));
			}
			String group = view.categoryLabel() + (item.subcategoryCode() == null ? "" : "　" + view.subcategoryLabel());
			groups.computeIfAbsent(group, k -> new ArrayList<>())
				.add(new TargetsView.Row(view, kpiLabel(item), cells));
		}
		List<TargetsView.Group> list = new ArrayList<>();
		groups.forEach((label, rows) -> list.add(new TargetsView.Group(label, rows)));
		return new TargetsView(years, list);
	}

	private static Optional<SourcedValue> first(List<SourcedValue> values) {
		return values.stream().findFirst();
	}

	/** The KPI's name, else the item's 目標 (Annaka names its targets only there). */
	static String kpiLabel(CurrentItem item) {
		if (item.kpiName() != null && !item.kpiName().isBlank()) {
			return item.kpiName();
		}
		return item.formValue(Field.GOAL).map(SourcedValue::text).orElse("");
	}

}
