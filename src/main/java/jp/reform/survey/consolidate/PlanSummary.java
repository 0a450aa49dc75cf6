package jp.reform.survey.consolidate;

import java.math.BigDecimal;
import java.util.List;

import jp.reform.survey.store.CurrentItem;

/**
 * One consolidated plan: 「推進項目の一覧」 with the 計 and 達成率 rows, the items behind it, what the
 * plan measures and its 達成度.
 *
 * @param implementedShare implemented / planned × 100, two decimals
 * @param measures what the plan's items carry; the reports show exactly that
 * @param achievement the items' 達成度 in the plan's latest year with any
 */
public record PlanSummary(String planName, Integer reportYear, List<Integer> years, List<CategorySummary> categories,
		List<YearFigures> totals, BigDecimal totalTarget, BigDecimal totalActual, BigDecimal totalRate, int planned,
		int implemented, BigDecimal implementedShare, List<CurrentItem> items, PlanMeasures measures,
		AchievementSummary achievement) {

	/** The measures and 達成度 worked out from the items. */
	public PlanSummary(String planName, Integer reportYear, List<Integer> years, List<CategorySummary> categories,
			List<YearFigures> totals, BigDecimal totalTarget, BigDecimal totalActual, BigDecimal totalRate, int planned,
			int implemented, BigDecimal implementedShare, List<CurrentItem> items) {
		this(planName, reportYear, years, categories, totals, totalTarget, totalActual, totalRate, planned, implemented,
				implementedShare, items, PlanMeasures.of(items), new Achievements().of(items));
	}


	/** How many items carry a value of the field with this key (kpi_target …): the headline's counts. */
	public long itemsWith(String fieldKey) {
		return items.stream()
			.filter(i -> i.values().stream().anyMatch(v -> v.field().key().equals(fieldKey) && PlanMeasures.entered(v)))
			.count();
	}

}
