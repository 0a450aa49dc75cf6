package jp.reform.survey.survey;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.TreeMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.reform.survey.normalize.AchievementRates;
import jp.reform.survey.normalize.Normalized;
import jp.reform.survey.normalize.Quantity;
import jp.reform.survey.normalize.Unit;
import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.Finding;

/**
 * Checks across the rows of a read year table: one value per field and year (an error, since it is
 * unclear which one counts), the entered 達成率 against 効果額 ÷ 効果目標額 and the 「計」 row against
 * the year rows (warnings: the values are used).
 */
final class YearTableChecks {

	/** One column in one year (null for form values), of one activity where the rows are activities. */
	private record FieldYear(Field field, Integer fiscalYear, Integer line) {
	}

	private static final BigDecimal RATE_TOLERANCE = new BigDecimal("0.01");

	private final CellValues cellValues;

	private final AchievementRates rates = new AchievementRates();

	YearTableChecks(CellValues cellValues) {
		this.cellValues = cellValues;
	}

	/** Two rows of one year (「R4年度計画」 and 「R4年度実績」) must not both fill the same column. */
	void duplicates(String sheet, List<SourcedValue> values, List<Finding> findings) {
		Map<FieldYear, SourcedValue> seen = new HashMap<>();
		for (SourcedValue v : values) {
			if (v.field() == Field.STATED_TARGET || v.field() == Field.STATED_ACTUAL) {
				continue; // a sentence may state several pairs
			}
			SourcedValue first = seen.putIfAbsent(new FieldYear(v.field(), v.fiscalYear(), v.line()), v);
			if (first != null && !first.cell().equals(v.cell())) { // several figures of one cell are one value
				findings.add(Finding.error(sheet, v.cell(), "同じ年度の同じ欄が" + first.cell() + "にもあります: " + v.raw(),
						"年度ごとに1つの値"));
			}
		}
	}

	/** Excel shows 15 significant digits; a SUM over 百万円 decimals may carry binary noise beyond them. */
	private static BigDecimal excelPrecision(BigDecimal value) {
		return value.round(new MathContext(15));
	}

	void rates(String sheet, List<SourcedValue> values, List<Finding> findings) {
		Map<Integer, Map<Field, SourcedValue>> byYear = new HashMap<>();
		for (SourcedValue v : values) {
			byYear.computeIfAbsent(v.fiscalYear(), y -> new TreeMap<>(Field.ORDER)).putIfAbsent(v.field(), v);
		}
		for (Map<Field, SourcedValue> year : byYear.values()) {
			SourcedValue entered = year.get(Field.RATE);
			SourcedValue target = year.get(Field.EFFECT_TARGET);
			SourcedValue actual = year.get(Field.EFFECT_ACTUAL);
			if (entered == null || entered.number() == null || target == null || actual == null) {
				continue;
			}
			Optional<BigDecimal> computed = rates.rate(actual.number(), target.number());
			if (computed.isPresent() && entered.number().subtract(computed.get()).abs().compareTo(tolerance(entered)) > 0) {
				findings.add(Finding.warning(sheet, entered.cell(), "達成率 " + entered.number().toPlainString()
						+ " が効果額÷効果目標額から求めた " + computed.get().toPlainString() + " と一致しません"));
			}
		}
	}

	void totals(String sheet, YearTable table, Map<Field, Unit> units, List<SourcedValue> values,
			List<Finding> findings) {
		if (table.totalRow() == null) {
			return;
		}
		for (Field field : List.of(Field.EFFECT_TARGET, Field.EFFECT_ACTUAL)) {
			GridCell cell = table.totalRow().cells().get(field);
			if (cell == null) {
				continue;
			}
			BigDecimal sum = values.stream()
				.filter(v -> v.field() == field && v.number() != null)
				.map(SourcedValue::number)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			Normalized<Quantity> total = cellValues.quantity(cell, units.get(field));
			if (total instanceof Normalized.Value<Quantity> q) {
				if (excelPrecision(q.value().value()).compareTo(excelPrecision(sum)) != 0) {
					findings.add(Finding.warning(sheet, cell.ref(), "計 " + CellValues.plain(q.value().value()).toPlainString()
							+ " が各年度の合計 " + CellValues.plain(sum).toPlainString() + " と一致しません"));
				}
			}
			else if (total instanceof Normalized.Invalid<Quantity> invalid) {
				findings.add(Finding.warning(sheet, cell.ref(), "計の欄が読めません: " + invalid.message()));
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

}
