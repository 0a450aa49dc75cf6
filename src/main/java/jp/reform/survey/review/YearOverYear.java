package jp.reform.survey.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

/** Compares a plan's report with its report of an earlier year (see {@link ReportComparison}). */
public final class YearOverYear {

	private final Statuses statuses = new Statuses();

	/** @param newer and {@code older} are the same plan, each consolidated as its report year stated it */
	public ReportComparison compare(PlanSummary newer, PlanSummary older) {
		int newerYear = newer.reportYear();
		int olderYear = older.reportYear();
		Map<Long, CurrentItem> before = older.items()
			.stream()
			.collect(Collectors.toMap(CurrentItem::itemId, Function.identity(), (a, b) -> a));
		List<ReportComparison.StatusChange> status = new ArrayList<>();
		List<ReportComparison.KpiChange> kpi = new ArrayList<>();
		List<ReportComparison.Restatement> restated = new ArrayList<>();
		for (CurrentItem now : newer.items()) {
			CurrentItem then = before.get(now.itemId());
			if (then == null) {
				continue;
			}
			Optional<SourcedValue> was = statuses.value(then, Field.PROGRESS, olderYear);
			Optional<SourcedValue> is = statuses.value(now, Field.PROGRESS, newerYear);
			if (was.isPresent() && is.isPresent() && statuses.implemented(was.get()) != statuses.implemented(is.get())) {
				status.add(new ReportComparison.StatusChange(now, evidence(then, was.get()), evidence(now, is.get()),
						statuses.implemented(is.get())));
			}
			Optional<SourcedValue> kpiWas = latest(then, Field.KPI_ACTUAL, olderYear);
			Optional<SourcedValue> kpiIs = latest(now, Field.KPI_ACTUAL, newerYear);
			if (kpiWas.isPresent() && kpiIs.isPresent() && (!kpiWas.get().fiscalYear().equals(kpiIs.get().fiscalYear())
					|| kpiWas.get().number().compareTo(kpiIs.get().number()) != 0)) {
				kpi.add(new ReportComparison.KpiChange(now, evidence(then, kpiWas.get()), evidence(now, kpiIs.get())));
			}
			restated.addAll(restatements(then, now, olderYear));
		}
		return new ReportComparison(newer.planName(), olderYear, newerYear, status, kpi, restated);
	}

	/** Every figure of a year up to {@code olderYear} that the two versions state differently. */
	private static List<ReportComparison.Restatement> restatements(CurrentItem then, CurrentItem now, int olderYear) {
		Map<String, SourcedValue> was = figures(then, olderYear);
		Map<String, SourcedValue> is = figures(now, olderYear);
		TreeMap<String, Boolean> keys = new TreeMap<>();
		was.keySet().forEach(k -> keys.put(k, true));
		is.keySet().forEach(k -> keys.put(k, true));
		List<ReportComparison.Restatement> out = new ArrayList<>();
		for (String key : keys.keySet()) {
			SourcedValue a = was.get(key);
			SourcedValue b = is.get(key);
			if (a != null && b != null && a.number().compareTo(b.number()) == 0) {
				continue;
			}
			SourcedValue any = a != null ? a : b;
			out.add(new ReportComparison.Restatement(now, any.field(), any.fiscalYear(),
					a == null ? null : evidence(then, a), b == null ? null : evidence(now, b)));
		}
		return out;
	}

	/** The figures (money, KPI, rates) of years up to {@code lastYear}, keyed by year and field. */
	private static Map<String, SourcedValue> figures(CurrentItem item, int lastYear) {
		Map<String, SourcedValue> figures = new TreeMap<>();
		for (SourcedValue v : item.values()) {
			if (v.fiscalYear() != null && v.fiscalYear() <= lastYear && v.number() != null && v.field().kind().numeric()
					&& !v.field().derived()) {
				figures.putIfAbsent(v.fiscalYear() + "\t" + v.field().key(), v);
			}
		}
		return figures;
	}

	private static Optional<SourcedValue> latest(CurrentItem item, Field field, int lastYear) {
		return item.values(field)
			.stream()
			.filter(v -> v.number() != null && v.fiscalYear() != null && v.fiscalYear() <= lastYear)
			.reduce((a, b) -> Objects.compare(a.fiscalYear(), b.fiscalYear(), Integer::compare) >= 0 ? a : b);
	}

	private static Evidence evidence(CurrentItem item, SourcedValue value) {
		return new Evidence(item.fileName(), value);
	}

}
