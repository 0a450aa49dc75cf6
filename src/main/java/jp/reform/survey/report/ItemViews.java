package jp.reform.survey.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.reform.survey.consolidate.ItemProgress;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.normalize.Normalized;
import jp.reform.survey.normalize.Status;
import jp.reform.survey.normalize.StatusWords;
import jp.reform.survey.report.chart.KpiSeries;
import jp.reform.survey.report.chart.SvgCharts;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.Field;

/** Turns a plan's current items into the rows of the summary's 実施項目 list, formatted and sourced. */
final class ItemViews {

	private final JapaneseFormats fmt;

	private final SvgCharts charts;

	private final StatusWords statusWords = new StatusWords();

	private final ItemProgress progress = new ItemProgress(statusWords);

	ItemViews(JapaneseFormats fmt, SvgCharts charts) {
		this.fmt = fmt;
		this.charts = charts;
	}

	/** @param idPrefix unique per plan, for the SVG ids */
	List<ItemView> of(PlanSummary plan, String idPrefix) {
		List<ItemView> views = new ArrayList<>();
		for (CurrentItem item : plan.items()) {
			views.add(view(item, plan.years(), idPrefix + "-" + views.size()));
		}
		return views;
	}

	private ItemView view(CurrentItem item, List<Integer> years, String id) {
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
		return new ItemView(item.categoryCode() + "-" + item.subcategoryCode() + "-" + item.itemNo(),
				item.categoryCode(), item.categoryCode() + " " + item.categoryName(),
				item.categoryCode() + item.subcategoryCode(), item.subcategoryCode() + " " + item.subcategoryName(),
				item.itemNo(), item.name(), item.leadDepartment(), departments.isEmpty() ? List.of(item.leadDepartment())
						: departments,
				progress.implementedAtEnd(item, years), kpiLabel(item), kpi,
				drawable ? charts.kpiSparkline(kpi, id + "-s") : null, drawable ? charts.kpiTrend(kpi, id + "-k") : null,
				rows, total(item, byField.get(Field.EFFECT_TARGET)),
				total(item, byField.get(Field.EFFECT_ACTUAL)), item.fileName(),
				fmt.dateTime(item.submittedAt()));
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
		String comparator = v.comparator() == null ? "" : v.comparator();
		return new ValueView((v.approximate() ? "約" : "") + comparator + fmt.number(v.number()) + unit,
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
