package jp.reform.survey.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import jp.reform.survey.consolidate.CategorySummary;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.consolidate.SubcategorySummary;
import jp.reform.survey.consolidate.YearFigures;

/** {@code csv/category_summary.csv}: one row per plan × 中分類 × fiscal year, UTF-8 with BOM for Excel. */
final class CategorySummaryCsvWriter {

	static final String HEADER = "plan_name,category_code,category_name,subcategory_code,subcategory_name,fiscal_year,"
			+ "effect_target_kyen,effect_actual_kyen,achievement_rate_pct,items_planned,items_implemented";

	void write(List<PlanSummary> plans, Path file) throws IOException {
		try (Writer out = CsvText.create(file, HEADER)) {
			for (PlanSummary plan : plans) {
				for (CategorySummary category : plan.categories()) {
					for (SubcategorySummary sub : category.subcategories()) {
						for (YearFigures year : sub.years()) {
							out.write(String.join(",", CsvText.text(plan.planName()), CsvText.text(category.code()),
									CsvText.text(category.name()), CsvText.text(sub.code()), CsvText.text(sub.name()),
									Integer.toString(year.fiscalYear()), CsvText.number(year.target()),
									CsvText.number(year.actual()),
									year.rate() == null ? "" : year.rate().toPlainString(),
									Integer.toString(sub.planned()), Integer.toString(year.implemented())));
							out.write("\r\n");
						}
					}
				}
			}
		}
	}

}
