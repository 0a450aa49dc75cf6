package jp.reform.survey.consolidate;

import java.math.BigDecimal;
import java.util.List;

import jp.reform.survey.store.CurrentItem;

/**
 * The consolidated 「推進項目の一覧」 of one plan, with the 計 and 達成率 rows and the items behind it.
 *
 * @param implementedShare implemented / planned × 100, two decimals
 */
public record PlanSummary(String planName, Integer reportYear, List<Integer> years, List<CategorySummary> categories,
		List<YearFigures> totals, BigDecimal totalTarget, BigDecimal totalActual, BigDecimal totalRate, int planned,
		int implemented, BigDecimal implementedShare, List<CurrentItem> items) {

}
