package jp.reform.survey.survey;

import java.util.ArrayList;
import java.util.TreeMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jp.reform.survey.normalize.FiguresInText;
import jp.reform.survey.normalize.FiscalYears;
import jp.reform.survey.normalize.Normalized;
import jp.reform.survey.normalize.Quantity;
import jp.reform.survey.normalize.StatedFigures;
import jp.reform.survey.normalize.StatusWords;
import jp.reform.survey.normalize.Unit;
import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.Finding;

/**
 * Turns a found {@link YearTable} into values per fiscal year: years read (with their kind, era
 * taken from the plan), each cell read for its column's field, figures stated in prose picked out,
 * then the entered 達成率 and the 「計」 row checked. Problems become findings at their cells.
 */
final class YearTableNormalizer {

	/** A year and the kind of its row (null for rows without one): one row each. */
	private record YearRow(int fiscalYear, RowKind kind) {
	}

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final FiscalYears fiscalYears;

	private final StatusWords statusWords;

	private final CellValues cellValues;

	private final YearLabels yearLabels;

	private final FiguresInText figures = new FiguresInText();

	private final StatedFigures statedFigures = new StatedFigures();

	private final YearTableChecks checks;

	YearTableNormalizer(FiscalYears fiscalYears, StatusWords statusWords, CellValues cellValues) {
		this.fiscalYears = fiscalYears;
		this.statusWords = statusWords;
		this.cellValues = cellValues;
		this.yearLabels = new YearLabels(fiscalYears, cellValues);
		this.checks = new YearTableChecks(cellValues);
	}

	List<SourcedValue> normalize(String sheet, YearTable table, YearTableLayout layout, CoverInfo plan,
			List<Finding> findings) {
		YearLabels.Context era = yearLabels.context(table, plan);
		Map<Field, Unit> units = columnUnits(table);
		YearCells cells = new YearCells(cellValues, statusWords, figures, sheet, findings);
		List<SourcedValue> values = new ArrayList<>();
		Map<YearRow, String> seenRows = new HashMap<>();
		List<Integer> yearOfRow = new ArrayList<>(); // per row of the table, its fiscal year (null: not read)
		for (YearTable.Row row : table.rows()) {
			yearOfRow.add(null);
			if (row.yearCell() == null) {
				GridCell first = row.besideYear() != null ? row.besideYear() : row.cells().values().iterator().next();
				findings.add(Finding.error(sheet, first.ref(), "年度が空欄の行に値があります", "年度欄に「令和5年度」のように記入"));
				continue;
			}
			Normalized<YearLabels.Label> label = yearLabels.read(row.yearCell(), layout.rowKinds(), era);
			if (!(label instanceof Normalized.Value<YearLabels.Label> read)) {
				findings.add(Finding.error(sheet, row.yearCell().ref(), "年度として読めません: "
						+ CellValues.raw(row.yearCell()) + reason(label), "「令和5年度」「R5」「2023年度」のような年度"));
				continue;
			}
			int fiscalYear = read.value().fiscalYear();
			RowKind kind = read.value().kind();
			warn(findings, sheet, row.yearCell(), read.warnings());
			String previous = seenRows.putIfAbsent(new YearRow(fiscalYear, kind), row.yearCell().ref());
			if (previous != null) {
				findings.add(Finding.error(sheet, row.yearCell().ref(),
						fiscalYears.label(fiscalYear) + "の行が" + previous + "にもあります", "年度ごとに1行"));
				continue;
			}
			outsidePlan(sheet, row.yearCell(), fiscalYear, plan, findings);
			yearOfRow.set(yearOfRow.size() - 1, fiscalYear);
			values.add(new SourcedValue(Field.YEAR_LABEL, fiscalYear, null, fiscalYears.label(fiscalYear), null, null,
					false, CellValues.raw(row.yearCell()), sheet, row.yearCell().ref()));
			Field beside = layout.besideYearField(kind);
			if (row.besideYear() != null && beside != null) {
				cells.read(beside, row.besideYear(), fiscalYear, Unit.NONE, false).ifPresent(values::add);
			}
			for (Map.Entry<Field, GridCell> entry : row.cells().entrySet()) {
				values.addAll(cells.readAll(entry.getKey(), entry.getValue(), fiscalYear, units.get(entry.getKey()),
						layout.figuresInText().contains(entry.getKey())));
			}
		}
		values.addAll(activities(sheet, table, yearOfRow));
		for (GridCell label : table.unread()) {
			findings.add(Finding.warning(sheet, label.ref(), label.col() != table.yearColumn().col()
					? "この行には見出しがないため、値を読み込んでいません"
					: "行の見出し「" + SPACES.matcher(label.text().strip()).replaceAll(" ")
							+ "」は様式定義（yearTable.rows）にないため、この行の値は読み込んでいません"
							+ ((table.columns().isEmpty() || table.unread().size() >= 2) && table.activities().isEmpty()
									? "（行が実施項目の取り組みの項目なら、yearTable に activityRows: true を書きます）" : "")));
		}
		values.addAll(stated(sheet, values, layout, findings));
		checks.duplicates(sheet, values, findings);
		checks.rates(sheet, values, findings);
		checks.totals(sheet, table, units, values, findings);
		return values;
	}

	/**
	 * The item's activities, numbered 1, 2 … in row order: each one's name, and its texts per year (what is
	 * planned, 実施状況), kept as written.
	 */
	private static List<SourcedValue> activities(String sheet, YearTable table, List<Integer> yearOfRow) {
		List<SourcedValue> values = new ArrayList<>();
		int line = 0;
		for (YearTable.Activity activity : table.activities()) {
			line++;
			String name = activity.name().text();
			values.add(SourcedValue.text(Field.ACTIVITY, null, name.strip(), name, sheet, activity.name().ref())
				.onLine(line));
			for (int i = 0; i < activity.byYear().size(); i++) {
				Integer year = yearOfRow.get(i);
				if (year == null) {
					continue; // the year could not be read: reported at its label
				}
				for (Map.Entry<Field, GridCell> cell : activity.byYear().get(i).entrySet()) {
					String raw = CellValues.raw(cell.getValue());
					values.add(SourcedValue.text(cell.getKey(), year, raw.strip(), raw, sheet, cell.getValue().ref())
						.onLine(line));
				}
			}
		}
		return values;
	}

	/** Planned and actual figures stated in the prose of the layout's {@code statedFigures} fields. */
	private List<SourcedValue> stated(String sheet, List<SourcedValue> values, YearTableLayout layout,
			List<Finding> findings) {
		List<SourcedValue> stated = new ArrayList<>();
		for (SourcedValue v : values) {
			if (v.text() == null || !layout.statedFigures().contains(v.field())) {
				continue;
			}
			StatedFigures.Reading reading = statedFigures.read(v.raw());
			for (StatedFigures.Pair pair : reading.pairs()) {
				stated.add(stated(Field.STATED_TARGET, pair.target(), pair.sentence(), v));
				pair.actuals().forEach(a -> stated.add(stated(Field.STATED_ACTUAL, a, pair.sentence(), v)));
			}
			reading.problems().forEach(p -> findings.add(Finding.warning(sheet, v.cell(), p)));
		}
		return stated;
	}

	private static SourcedValue stated(Field field, Quantity q, String sentence,
			SourcedValue prose) {
		return new SourcedValue(field, prose.fiscalYear(), CellValues.plain(q.value()), sentence, q.unit(),
				CellValues.bound(q), q.approximate(), prose.raw(), prose.sheet(), prose.cell());
	}

	private void outsidePlan(String sheet, GridCell cell, int fiscalYear, CoverInfo plan, List<Finding> findings) {
		if (plan.planFirstYear() != null && plan.planLastYear() != null
				&& (fiscalYear < plan.planFirstYear() || fiscalYear > plan.planLastYear())) {
			findings.add(Finding.warning(sheet, cell.ref(), fiscalYears.label(fiscalYear) + "は計画期間（"
					+ fiscalYears.label(plan.planFirstYear()) + "～" + fiscalYears.label(plan.planLastYear()) + "）の外です"));
		}
	}

	private static Map<Field, Unit> columnUnits(YearTable table) {
		Map<Field, Unit> units = new TreeMap<>(Field.ORDER);
		table.columns().forEach((field, column) -> {
			Unit unit = Unit.fromHeader(column.header().text());
			if (field.isMoney() && unit == Unit.NONE) {
				// spec: money is in 千円 unless the header (or a 「（単位：円）」 note above the table) says otherwise
				unit = table.unit() != null && table.unit().isMoney() ? table.unit() : Unit.KYEN;
			}
			units.put(field, unit);
		});
		return units;
	}

	private static String reason(Normalized<?> result) {
		return result instanceof Normalized.Invalid<?> invalid ? "（" + invalid.message() + "）" : "";
	}

	private static void warn(List<Finding> findings, String sheet, GridCell cell, List<String> warnings) {
		for (String w : warnings) {
			findings.add(Finding.warning(sheet, cell.ref(), w));
		}
	}

}
