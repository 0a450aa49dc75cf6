package jp.reform.survey.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.reform.survey.consolidate.CategorySummary;
import jp.reform.survey.consolidate.PlanMeasures;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.consolidate.SubcategorySummary;
import jp.reform.survey.consolidate.YearFigures;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * The 推進項目管理表 pages of a plan, one per 中分類 in plan order. A plan without effect amounts gets no
 * 進捗管理 table; the item table has the columns of what the plan states ({@link #columns}); a value one item
 * does not state shows as 「－」, like everywhere in the reports.
 */
final class ManagementPages {

	private final JapaneseFormats fmt;

	private final ValueText values;

	ManagementPages(JapaneseFormats fmt) {
		this.fmt = fmt;
		this.values = new ValueText(fmt);
	}

	/**
	 * The year columns before the 成果指標, in this order, those the plan states: the published 管理表's
	 * 実施スケジュール and 進捗, the 達成度 of a plan that reports one per item (with effect amounts the 進捗管理 table
	 * has the 達成率), the year's 実施内容・実績 and 計画. Then the KPI's 数値目標 and 成果状況 after the 成果指標.
	 */
	private static final List<Field> YEAR_FIELDS = List.of(Field.SCHEDULE, Field.PROGRESS, Field.RATE, Field.RESULT_TEXT,
			Field.PLAN_TEXT);

	private static final List<Field> KPI_FIELDS = List.of(Field.KPI_TARGET, Field.KPI_ACTUAL);

	/** @param anchor the plan's suffix for element ids ("" for the first plan) */
	List<ManagementPage> of(PlanSummary plan, String anchor) {
		boolean effects = plan.items().stream().anyMatch(i -> i.has(Field.EFFECT_TARGET) || i.has(Field.EFFECT_ACTUAL));
		// the columns of what the plan states, as the summary's other sections decide them
		PlanMeasures measures = plan.measures();
		List<Field> yearFields = YEAR_FIELDS.stream()
			.filter(measures::has)
			.filter(f -> !(effects && f.equals(Field.RATE)))
			.toList();
		List<Field> kpiFields = KPI_FIELDS.stream().filter(measures::has).toList();
		// the 成果指標's name when an item names one (Annaka names its targets only in the 目標 above the table)
		boolean kpi = plan.items().stream().anyMatch(i -> i.kpiName() != null && !i.kpiName().isBlank());
		ManagementPage.Columns columns = new ManagementPage.Columns(
				measures.has(Field.ACTIVITIES), columns(yearFields), kpi, columns(kpiFields));
		List<ManagementPage> pages = new ArrayList<>();
		for (CategorySummary category : plan.categories()) {
			for (SubcategorySummary sub : category.subcategories()) {
				List<CurrentItem> items = plan.items()
					.stream()
					.filter(i -> i.categoryCode().equals(category.code()) && i.subcategoryCode().equals(sub.code()))
					.toList();
				pages.add(new ManagementPage("kanri" + anchor + "-" + category.code() + sub.code(), category.code(),
						category.name(), sub.code(), sub.name(), goal(items), effects ? progress(sub) : List.of(), columns,
						items.stream().map(i -> item(i, plan, yearFields, kpiFields)).toList()));
			}
		}
		return pages;
	}

	private static List<ManagementPage.Column> columns(List<Field> fields) {
		return fields.stream().map(f -> new ManagementPage.Column(heading(f), style(f))).toList();
	}

	/** The office's words: the summary calls a plan's own rate 達成度, and a year's plan 計画. */
	private static String heading(Field field) {
		if (field.equals(Field.RATE)) {
			return "達成度";
		}
		return field.equals(Field.PLAN_TEXT) ? "計画" : field.label();
	}

	private static String style(Field field) {
		return switch (field.kind()) {
			case STATUS -> "center";
			case PROSE -> "prose";
			default -> "num";
		};
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

	private ManagementPage.Item item(CurrentItem item, PlanSummary plan, List<Field> yearFields, List<Field> kpiFields) {
		List<ManagementPage.Year> years = new ArrayList<>();
		// a plan that states nothing per year has no year rows
		if (!yearFields.isEmpty() || !kpiFields.isEmpty()) {
			for (int year : plan.years()) {
				years.add(new ManagementPage.Year(fmt.wareki(year),
						yearFields.stream().map(f -> yearValue(item, f, year)).toList(),
						kpiFields.stream().map(f -> yearValue(item, f, year)).toList()));
			}
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
