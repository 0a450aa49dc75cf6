package jp.reform.survey.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.reform.survey.normalize.AchievementRates;
import jp.reform.survey.normalize.Era;
import jp.reform.survey.normalize.FiscalYears;
import jp.reform.survey.normalize.Normalized;
import jp.reform.survey.normalize.Quantity;
import jp.reform.survey.normalize.Status;
import jp.reform.survey.normalize.StatusWords;
import jp.reform.survey.normalize.Unit;
import jp.reform.survey.workbook.GridCell;

/**
 * Turns a found {@link YearTable} into values per fiscal year: years read (era taken from the
 * column or the plan), 「↓」 resolved from the row above, money scaled to 千円, the entered 達成率 and
 * the 「計」 row checked. Problems become findings at their cells.
 */
final class YearTableNormalizer {

	private static final BigDecimal RATE_TOLERANCE = new BigDecimal("0.01");

	private final FiscalYears fiscalYears;

	private final StatusWords statusWords;

	private final CellValues cellValues;

	private final AchievementRates rates = new AchievementRates();

	YearTableNormalizer(FiscalYears fiscalYears, StatusWords statusWords, CellValues cellValues) {
		this.fiscalYears = fiscalYears;
		this.statusWords = statusWords;
		this.cellValues = cellValues;
	}

	/** Previous resolved value of a column, for 「↓」. */
	private record Carried(BigDecimal number, String text, String unit, String comparator, boolean approximate) {
	}

	List<SourcedValue> normalize(String sheet, YearTable table, CoverInfo cover, List<Finding> findings) {
		Era era = contextEra(table, cover);
		Map<Field, Unit> units = columnUnits(table);
		List<SourcedValue> values = new ArrayList<>();
		Map<Field, Carried> above = new EnumMap<>(Field.class);
		Map<Integer, String> seenYears = new HashMap<>();
		Map<Field, BigDecimal> sums = new EnumMap<>(Field.class);
		for (YearTable.Row row : table.rows()) {
			if (row.yearCell() == null) {
				GridCell first = row.cells().values().iterator().next();
				findings.add(Finding.error(sheet, first.ref(), "年度が空欄の行に値があります", "年度欄に「令和5年度」のように記入"));
				continue;
			}
			Normalized<Integer> year = cellValues.fiscalYear(row.yearCell(), era);
			if (!(year instanceof Normalized.Value<Integer> fy)) {
				findings.add(Finding.error(sheet, row.yearCell().ref(), "年度として読めません: " + CellValues.raw(row.yearCell())
						+ reason(year), "「令和5年度」「R5」「2023年度」のような年度"));
				continue;
			}
			int fiscalYear = fy.value();
			warn(findings, sheet, row.yearCell(), fy.warnings());
			String previous = seenYears.putIfAbsent(fiscalYear, row.yearCell().ref());
			if (previous != null) {
				findings.add(Finding.error(sheet, row.yearCell().ref(),
						fiscalYears.label(fiscalYear) + "の行が" + previous + "にもあります", "年度ごとに1行"));
				continue;
			}
			if (cover.planFirstYear() != null && cover.planLastYear() != null
					&& (fiscalYear < cover.planFirstYear() || fiscalYear > cover.planLastYear())) {
				findings.add(Finding.warning(sheet, row.yearCell().ref(), fiscalYears.label(fiscalYear) + "は計画期間（"
						+ fiscalYears.label(cover.planFirstYear()) + "～" + fiscalYears.label(cover.planLastYear()) + "）の外です"));
			}
			values.add(new SourcedValue(Field.YEAR_LABEL, fiscalYear, null, fiscalYears.label(fiscalYear), null, null,
					false, CellValues.raw(row.yearCell()), sheet, row.yearCell().ref()));
			for (Map.Entry<Field, GridCell> entry : row.cells().entrySet()) {
				readCell(sheet, entry.getKey(), entry.getValue(), fiscalYear, units, above, findings)
					.ifPresent(values::add);
			}
		}
		for (SourcedValue v : values) {
			if ((v.field() == Field.EFFECT_TARGET || v.field() == Field.EFFECT_ACTUAL) && v.number() != null) {
				sums.merge(v.field(), v.number(), BigDecimal::add);
			}
		}
		checkRates(sheet, values, findings);
		checkTotals(sheet, table, units, sums, findings);
		return values;
	}

	private Optional<SourcedValue> readCell(String sheet, Field field, GridCell cell, int fiscalYear,
			Map<Field, Unit> units, Map<Field, Carried> above, List<Finding> findings) {
		String raw = CellValues.raw(cell);
		if (field == Field.NOTE) {
			return Optional.of(SourcedValue.text(field, fiscalYear, raw.strip(), raw, sheet, cell.ref()));
		}
		if (field == Field.SCHEDULE || field == Field.PROGRESS) {
			return status(sheet, field, cell, fiscalYear, above, findings);
		}
		Normalized<Quantity> parsed = cellValues.quantity(cell, units.get(field));
		Carried carried;
		if (parsed instanceof Normalized.SameAsAbove<Quantity>) {
			if (!above.containsKey(field)) {
				findings.add(Finding.error(sheet, cell.ref(), "「↓」ですが上の行に値がありません", "数値を記入"));
				return Optional.empty();
			}
			carried = above.get(field);
		}
		else if (parsed instanceof Normalized.Value<Quantity> q) {
			Quantity quantity = q.value();
			warn(findings, sheet, cell, q.warnings());
			if (isMoney(field) && quantity.unit() != null && !"千円".equals(quantity.unit())) {
				findings.add(Finding.error(sheet, cell.ref(), "金額として読めません: " + raw, "千円単位の金額（例: 1,234）"));
				return Optional.empty();
			}
			carried = new Carried(CellValues.plain(quantity.value()), null, quantity.unit(),
					quantity.comparator() == null || quantity.comparator().name().equals("EQ") ? null
							: quantity.comparator().symbol(),
					quantity.approximate());
		}
		else if (parsed instanceof Normalized.Invalid<Quantity> invalid) {
			findings.add(Finding.error(sheet, cell.ref(), invalid.message(),
					isMoney(field) ? "千円単位の金額（例: 1,234）" : "数値（例: 57.4、7事業者、1名以上）"));
			return Optional.empty();
		}
		else {
			above.put(field, new Carried(null, null, null, null, false));
			return Optional.empty();
		}
		above.put(field, carried);
		if (carried.number() == null) {
			return Optional.empty();
		}
		return Optional.of(new SourcedValue(field, fiscalYear, carried.number(), null, carried.unit(),
				carried.comparator(), carried.approximate(), raw, sheet, cell.ref()));
	}

	private Optional<SourcedValue> status(String sheet, Field field, GridCell cell, int fiscalYear,
			Map<Field, Carried> above, List<Finding> findings) {
		String raw = CellValues.raw(cell);
		Normalized<Status> parsed = statusWords.parse(raw);
		String text;
		if (parsed instanceof Normalized.SameAsAbove<Status>) {
			Carried carried = above.get(field);
			if (carried == null) {
				findings.add(Finding.error(sheet, cell.ref(), "「↓」ですが上の行に記入がありません", "実施・検討などの語"));
				return Optional.empty();
			}
			text = carried.text();
		}
		else if (parsed instanceof Normalized.Value<Status> s) {
			warn(findings, sheet, cell, s.warnings());
			text = s.value().canonical();
		}
		else if (parsed instanceof Normalized.Invalid<Status> invalid) {
			findings.add(Finding.error(sheet, cell.ref(), invalid.message(), "実施・検討・完了などの語"));
			return Optional.empty();
		}
		else {
			text = null;
		}
		above.put(field, new Carried(null, text, null, null, false));
		return text == null ? Optional.empty()
				: Optional.of(SourcedValue.text(field, fiscalYear, text, raw, sheet, cell.ref()));
	}

	private void checkRates(String sheet, List<SourcedValue> values, List<Finding> findings) {
		Map<Integer, Map<Field, SourcedValue>> byYear = new HashMap<>();
		for (SourcedValue v : values) {
			byYear.computeIfAbsent(v.fiscalYear(), y -> new EnumMap<>(Field.class)).put(v.field(), v);
		}
		for (Map<Field, SourcedValue> year : byYear.values()) {
			SourcedValue entered = year.get(Field.RATE);
			SourcedValue target = year.get(Field.EFFECT_TARGET);
			SourcedValue actual = year.get(Field.EFFECT_ACTUAL);
			if (entered == null || target == null || actual == null) {
				continue;
			}
			Optional<BigDecimal> computed = rates.rate(actual.number(), target.number());
			if (computed.isPresent() && entered.number().subtract(computed.get()).abs().compareTo(tolerance(entered)) > 0) {
				findings.add(Finding.warning(sheet, entered.cell(), "達成率 " + entered.number().toPlainString()
						+ " が効果額÷効果目標額から求めた " + computed.get().toPlainString() + " と一致しません"));
			}
		}
	}

	/**
	 * Rounding is not a disagreement: a rate entered as 200 or 200.2 for a computed 200.16 is that
	 * rate rounded to what was written (half a unit of its last digit), and two decimals are always
	 * allowed 0.01 for the half-up rounding of the recomputed rate itself.
	 */
	private static BigDecimal tolerance(SourcedValue entered) {
		int decimals = Math.max(0, entered.number().stripTrailingZeros().scale());
		BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
		return halfUnit.max(RATE_TOLERANCE);
	}

	private void checkTotals(String sheet, YearTable table, Map<Field, Unit> units, Map<Field, BigDecimal> sums,
			List<Finding> findings) {
		if (table.totalRow() == null) {
			return;
		}
		for (Field field : List.of(Field.EFFECT_TARGET, Field.EFFECT_ACTUAL)) {
			GridCell cell = table.totalRow().cells().get(field);
			if (cell == null) {
				continue;
			}
			Normalized<Quantity> total = cellValues.quantity(cell, units.get(field));
			BigDecimal sum = sums.getOrDefault(field, BigDecimal.ZERO);
			if (total instanceof Normalized.Value<Quantity> q) {
				if (q.value().value().compareTo(sum) != 0) {
					findings.add(Finding.warning(sheet, cell.ref(), "計 " + CellValues.plain(q.value().value()).toPlainString()
							+ " が各年度の合計 " + CellValues.plain(sum).toPlainString() + " と一致しません"));
				}
			}
			else if (total instanceof Normalized.Invalid<Quantity> invalid) {
				findings.add(Finding.warning(sheet, cell.ref(), "計の欄が読めません: " + invalid.message()));
			}
		}
	}

	private Era contextEra(YearTable table, CoverInfo cover) {
		for (YearTable.Row row : table.rows()) {
			if (row.yearCell() != null && row.yearCell().isText()) {
				Optional<Era> era = fiscalYears.eraMentioned(row.yearCell().text());
				if (era.isPresent()) {
					return era.get();
				}
			}
		}
		if (cover.planFirstYear() != null) {
			return fiscalYears.eraOf(cover.planFirstYear());
		}
		if (cover.reportYear() != null) {
			return fiscalYears.eraOf(cover.reportYear());
		}
		return null;
	}

	private static Map<Field, Unit> columnUnits(YearTable table) {
		Map<Field, Unit> units = new EnumMap<>(Field.class);
		table.columns().forEach((field, column) -> {
			Unit unit = Unit.fromHeader(column.header().text());
			if (isMoney(field) && unit == Unit.NONE) {
				unit = Unit.KYEN; // spec: money is in 千円 unless the header says otherwise
			}
			units.put(field, unit);
		});
		return units;
	}

	private static boolean isMoney(Field field) {
		return field == Field.EFFECT_TARGET || field == Field.EFFECT_ACTUAL;
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
