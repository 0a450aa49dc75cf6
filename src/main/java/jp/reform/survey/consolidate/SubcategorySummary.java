package jp.reform.survey.consolidate;

import java.math.BigDecimal;
import java.util.List;

/** One 中分類 row pair of 「推進項目の一覧」: counts, 目標/実績 per year, totals. */
public record SubcategorySummary(String code, String name, int planned, int implemented, List<YearFigures> years,
		BigDecimal totalTarget, BigDecimal totalActual, BigDecimal totalRate) {

}
