package jp.reform.survey.report;

import static jp.reform.survey.report.Column.Style.FIGURE;
import static jp.reform.survey.report.Column.Style.TEXT;
import static jp.reform.survey.report.Column.Style.WRAPPED;

import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * 成果指標推移: one row per item with a 成果指標 or 数値目標, and per 和暦 year its 数値目標 and 成果状況 side by
 * side, each figure with the decimals it was entered with (a bound, 約 or several figures as written:
 * 「1名以上」). A year or a 実績 no item has is left out: a plan with targets only shows its targets. Two
 * header rows (year, then 目標/実績) repeat on every page.
 */
final class KpiTrendSheet {

	/** One row: an item of a plan. */
	private record Line(PlanSummary plan, CurrentItem item) {
	}

	private final JapaneseFormats formats;

	private final FieldCells cells;

	KpiTrendSheet(JapaneseFormats formats) {
		this.formats = formats;
		this.cells = new FieldCells(formats);
	}

	void write(Sheet sheet, List<PlanSummary> plans, XlsxStyles s) {
		List<Line> lines = new ArrayList<>();
		for (PlanSummary plan : plans) {
			for (CurrentItem item : plan.items()) {
				if (measured(item)) {
					lines.add(new Line(plan, item));
				}
			}
		}
		new TableSheet<>(columns(plans), "単位").write(sheet, lines, s,
				plans.size() == 1 ? plans.get(0).planName() : null);
	}

	/** Whether the item has a row here: a 成果指標, or a 数値目標 or 成果状況. */
	static boolean measured(CurrentItem item) {
		return ItemListSheet.kpi(item) != null || item.has(Field.KPI_TARGET) || item.has(Field.KPI_ACTUAL);
	}

	private List<Column<Line>> columns(List<PlanSummary> plans) {
		List<Column<Line>> columns = new ArrayList<>();
		columns.add(Column.planName(l -> l.plan().planName(), plans.size() == 1));
		columns.add(Column.of("番号", 0, TEXT, l -> l.item().code()));
		columns.add(Column.of("実施項目", 30, WRAPPED, l -> l.item().name()));
		columns.add(Column.of("所管課", 18, WRAPPED, l -> l.item().leadDepartment()));
		columns.add(Column.of("成果指標", 26, WRAPPED, l -> MeasureViews.kpiLabel(l.item())));
		columns.add(Column.of("単位", 0, TEXT, l -> l.item().kpiUnit()));
		List<Integer> years = plans.stream().flatMap(p -> p.years().stream()).distinct().sorted().toList();
		for (int year : years) {
			String wareki = formats.wareki(year);
			columns.add(Column.<Line>of("目標", 11, FIGURE,
					l -> cells.of(l.item(), Field.KPI_TARGET, l.item().values(Field.KPI_TARGET, year))).under(wareki));
			columns.add(Column.<Line>of("実績", 11, FIGURE,
					l -> cells.of(l.item(), Field.KPI_ACTUAL, l.item().values(Field.KPI_ACTUAL, year))).under(wareki));
		}
		return columns;
	}

}
