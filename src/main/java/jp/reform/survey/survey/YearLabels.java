package jp.reform.survey.survey;

import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.reform.survey.normalize.Era;
import jp.reform.survey.normalize.FiscalYears;
import jp.reform.survey.normalize.Normalized;
import jp.reform.survey.workbook.GridCell;

/**
 * Reads the year label of a row: the fiscal year, and its kind where the layout names one after the
 * year (「R4年度実績」). A bare year (7, 元) takes its era from the plan: the era that puts it inside
 * the plan period, else the latest era written in the table, else the report year's era.
 */
final class YearLabels {

	record Label(int fiscalYear, RowKind kind) {
	}

	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

	private final FiscalYears fiscalYears;

	private final CellValues cellValues;

	YearLabels(FiscalYears fiscalYears, CellValues cellValues) {
		this.fiscalYears = fiscalYears;
		this.cellValues = cellValues;
	}

	/** The eras a table's bare years may be written in, decided once per table. */
	record Context(Era primary, Era alternative, Integer firstYear, Integer lastYear) {
	}

	Context context(YearTable table, CoverInfo plan) {
		if (plan.planFirstYear() != null && plan.planLastYear() != null) {
			Era last = fiscalYears.eraOf(plan.planLastYear());
			Era first = fiscalYears.eraOf(plan.planFirstYear());
			return new Context(last, first == last ? null : first, plan.planFirstYear(), plan.planLastYear());
		}
		Era latest = null;
		for (YearTable.Row row : table.rows()) {
			if (row.yearCell() != null && row.yearCell().isText()) {
				Optional<Era> era = fiscalYears.eraMentioned(row.yearCell().text());
				if (era.isPresent() && (latest == null || era.get().compareTo(latest) > 0)) {
					latest = era.get();
				}
			}
		}
		if (latest == null && plan.reportYear() != null) {
			latest = fiscalYears.eraOf(plan.reportYear());
		}
		return new Context(latest, null, null, null);
	}

	Normalized<Label> read(GridCell cell, Map<String, RowKind> kinds, Context context) {
		if (!cell.isText() || kinds.isEmpty()) {
			return year(cell, context).map(y -> new Label(y, null));
		}
		String compact = SPACES.matcher(Normalizer.normalize(cell.text(), Normalizer.Form.NFKC)).replaceAll("");
		for (Map.Entry<String, RowKind> kind : kinds.entrySet()) {
			if (compact.endsWith(kind.getKey()) && compact.length() > kind.getKey().length()) {
				String year = compact.substring(0, compact.length() - kind.getKey().length());
				return parse(year, context).map(y -> new Label(y, kind.getValue()));
			}
		}
		return year(cell, context).map(y -> new Label(y, null));
	}

	private Normalized<Integer> year(GridCell cell, Context context) {
		if (cell.isText()) {
			return parse(cell.text(), context);
		}
		Normalized<Integer> year = cellValues.fiscalYear(cell, context.primary());
		return withinPlan(year, context) || context.alternative() == null ? year
				: cellValues.fiscalYear(cell, context.alternative());
	}

	private Normalized<Integer> parse(String text, Context context) {
		Normalized<Integer> year = fiscalYears.parse(text, context.primary());
		if (withinPlan(year, context) || context.alternative() == null) {
			return year;
		}
		Normalized<Integer> other = fiscalYears.parse(text, context.alternative());
		return withinPlan(other, context) ? other : year;
	}

	private static boolean withinPlan(Normalized<Integer> year, Context context) {
		if (context.firstYear() == null || !(year instanceof Normalized.Value<Integer> y)) {
			return true;
		}
		return y.value() >= context.firstYear() && y.value() <= context.lastYear();
	}

}
