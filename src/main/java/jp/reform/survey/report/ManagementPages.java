package jp.reform.survey.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.reform.survey.consolidate.CategorySummary;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.consolidate.SubcategorySummary;
import jp.reform.survey.consolidate.YearFigures;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * The 推進項目管理表 pages of a plan, one per 中分類 in plan order. A plan without effect amounts gets no
 * 進捗管理 table; a value the plan does not state shows as 「－」, like everywhere in the reports.
 */
final class ManagementPages {

	private final JapaneseFormats fmt;

	private final ValueText values;

	ManagementPages(JapaneseFormats fmt) {
		this.fmt = fmt;
		this.values = new ValueText(fmt);
	}

	/** @param anchor the plan's suffix for element ids ("" for the first plan) */
	List<ManagementPage> of(PlanSummary plan, String anchor) {
		boolean effects = plan.items().stream().anyMatch(i -> i.has(Field.EFFECT_TARGET) || i.has(Field.EFFECT_ACTUAL));
		List<ManagementPage> pages = new ArrayList<>();
		for (CategorySummary category : plan.categories()) {
			for (SubcategorySummary sub : category.subcategories()) {
				List<CurrentItem> items = plan.items()
					.stream()
					.filter(i -> i.categoryCode().equals(category.code()) && i.subcategoryCode().equals(sub.code()))
					.toList();
				pages.add(new ManagementPage("kanri" + anchor + "-" + category.code() + sub.code(), category.code(),
						category.name(), sub.code(), sub.name(), goal(items), effects ? progress(sub) : List.of(),
						items.stream().map(i -> item(i, plan)).toList()));
			}
		}
		return pages;
	}

	private ValueView goal(List<CurrentItem> items) {
		return items.stream()
			.map(i -> i.formValue(Field.GOAL).map(v -> view(i, v)))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(ValueView.NONE);
	}

	private List<ManagementPage.ProgressRow> progress(SubcategorySummary sub) {
		List<ManagementPage.ProgressRow> rows = new ArrayList<>();
		for (YearFigures y : sub.years()) {
			rows.add(new ManagementPage.ProgressRow(fmt.wareki(y.fiscalYear()), fmt.kyen(y.target()), fmt.kyen(y.actual()),
					y.rate() == null ? "" : fmt.rate(y.rate()), false));
		}
		rows.add(new ManagementPage.ProgressRow("計", fmt.kyen(sub.totalTarget()), fmt.kyen(sub.totalActual()),
				sub.totalRate() == null ? "" : fmt.rate(sub.totalRate()), true));
		return rows;
	}

	private ManagementPage.Item item(CurrentItem item, PlanSummary plan) {
		List<ManagementPage.Year> years = new ArrayList<>();
		for (int year : plan.years()) {
			years.add(new ManagementPage.Year(fmt.wareki(year), yearValue(item, Field.SCHEDULE, year),
					yearValue(item, Field.PROGRESS, year), yearValue(item, Field.KPI_ACTUAL, year)));
		}
		ValueView activities = item.formValue(Field.ACTIVITIES).map(v -> view(item, v)).orElse(ValueView.NONE);
		String kpi = item.kpiName() == null || item.kpiName().isBlank() ? "－"
				: item.kpiUnit() == null ? item.kpiName() : item.kpiName() + "（" + item.kpiUnit() + "）";
		return new ManagementPage.Item(item.itemNo(), item.departments().isEmpty() ? List.of(item.leadDepartment())
				: item.departments(), item.name(), activities, kpi, years);
	}

	private ValueView yearValue(CurrentItem item, Field field, int year) {
		return item.value(field, year).map(v -> view(item, v)).orElse(ValueView.NONE);
	}

	private ValueView view(CurrentItem item, SourcedValue v) {
		String text = values.of(v);
		return text.isEmpty() ? ValueView.NONE : new ValueView(text, SourceRef.of(item.fileName(), v));
	}

}
