package jp.reform.survey.report;

import static jp.reform.survey.report.Column.Style.CENTER;
import static jp.reform.survey.report.Column.Style.COUNT;
import static jp.reform.survey.report.Column.Style.TEXT;
import static jp.reform.survey.report.Column.Style.WRAPPED;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.Measure;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.ValueKind;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * 実施項目一覧: every item × fiscal year with what its plan measures that year — status, effects, 達成度,
 * KPI target/actual, stated figures, texts, and any field an office's profile declares — and the source
 * file, sheet and cell (all values of a year sit on that year's row of the item sheet). A measure no plan
 * carries gets no column. Filterable, frozen header, printed A4 landscape one page wide with the header
 * repeated.
 */
final class ItemListSheet {

	/**
	 * One row: an item in a fiscal year it has values for.
	 *
	 * @param byField the item's values of that year by field, in the item's order (the row asks for each
	 *        field it has a column for)
	 */
	record Line(PlanSummary plan, CurrentItem item, int fiscalYear, Map<Field, List<SourcedValue>> byField) {

		List<SourcedValue> values(Field field) {
			return byField.getOrDefault(field, List.of());
		}

		Optional<SourcedValue> yearLabel() {
			return values(Field.YEAR_LABEL).stream().findFirst();
		}

	}

	private final JapaneseFormats formats;

	private final FieldCells cells;

	ItemListSheet(JapaneseFormats formats) {
		this.formats = formats;
		this.cells = new FieldCells(formats);
	}

	void write(Sheet sheet, List<PlanSummary> plans, XlsxStyles s) {
		List<Line> lines = new ArrayList<>();
		for (PlanSummary plan : plans) {
			for (CurrentItem item : plan.items()) {
				Map<Integer, Map<Field, List<SourcedValue>>> byYear = new TreeMap<>();
				for (SourcedValue value : item.values()) {
					if (value.fiscalYear() != null) {
						byYear.computeIfAbsent(value.fiscalYear(), y -> new HashMap<>())
							.computeIfAbsent(value.field(), f -> new ArrayList<>())
							.add(value);
					}
				}
				byYear.forEach((year, byField) -> lines.add(new Line(plan, item, year, byField)));
			}
		}
		new TableSheet<>(columns(plans), "実施項目").write(sheet, lines, s,
				plans.size() == 1 ? plans.get(0).planName() : null);
	}

	/** Narrow widths keep the sheet legible at one page wide; long names and texts wrap. */
	List<Column<Line>> columns(List<PlanSummary> plans) {
		List<Column<Line>> columns = new ArrayList<>();
		columns.add(Column.planName(l -> l.plan().planName(), plans.size() == 1));
		// code and name as the published table writes them; at this width a name takes the two lines the 中分類 takes
		columns.add(Column.of("大分類", 26, WRAPPED, l -> l.item().categoryCode() + " " + l.item().categoryName()));
		columns.add(Column.of("中分類", 24, WRAPPED, l -> l.item().subcategoryCode() + " " + l.item().subcategoryName()));
		columns.add(Column.of("番号", 0, TEXT, l -> l.item().code()));
		columns.add(Column.of("実施項目", 30, WRAPPED, l -> l.item().name()));
		columns.add(Column.of("所管課", 16, WRAPPED, l -> String.join(" ", l.item().departments())));
		columns.add(Column.of("年度", 0, TEXT, l -> formats.wareki(l.fiscalYear())));
		columns.add(Column.of("西暦年度", 0, COUNT, Line::fiscalYear));
		boolean kpiNamed = false;
		for (Field field : yearFields(plans)) {
			if (field.measure() == Measure.KPI && !kpiNamed) {
				columns.add(Column.of("成果指標", 18, WRAPPED, l -> kpi(l.item())));
				kpiNamed = true;
			}
			columns.add(Column.of(field.labelWithUnit(), width(field), style(field),
					l -> cells.of(l.item(), field, l.values(field))));
		}
		columns.add(Column.of("提出ファイル", 24, WRAPPED, l -> l.item().fileName()));
		columns.add(Column.of("シート", 0, TEXT, l -> l.yearLabel().map(SourcedValue::sheet).orElse(null)));
		columns.add(Column.of("年度セル", 0, CENTER, l -> l.yearLabel().map(SourcedValue::cell).orElse(null)));
		return columns;
	}

	/** Every year field any of the plans carries, in the vocabulary's order (the year label is its own column). */
	private static List<Field> yearFields(List<PlanSummary> plans) {
		TreeSet<Field> fields = new TreeSet<>(Field.ORDER);
		plans.forEach(p -> fields.addAll(p.measures().yearFields()));
		return List.copyOf(fields);
	}

	static String kpi(CurrentItem item) {
		return item.kpiName() == null || item.kpiName().isBlank() ? null
				: item.kpiName() + (item.kpiUnit() == null ? "" : "（" + item.kpiUnit() + "）");
	}

	static Column.Style style(Field field) {
		return switch (field.kind()) {
			case STATUS, YEAR -> CENTER;
			case MONEY -> Column.Style.AMOUNT;
			case FIGURE, RATE, NUMBER -> Column.Style.FIGURE;
			default -> WRAPPED;
		};
	}

	/** Prose gets room for a sentence per line; words and figures little. */
	static int width(Field field) {
		return field.kind() == ValueKind.PROSE ? 36 : field.kind() == ValueKind.FIGURE ? 16 : 12;
	}

}
