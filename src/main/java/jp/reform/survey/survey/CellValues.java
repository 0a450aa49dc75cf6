package jp.reform.survey.survey;

import java.math.BigDecimal;

import jp.reform.survey.normalize.Era;
import jp.reform.survey.normalize.FiscalYears;
import jp.reform.survey.normalize.Normalized;
import jp.reform.survey.normalize.Numbers;
import jp.reform.survey.normalize.Quantity;
import jp.reform.survey.normalize.Unit;
import jp.reform.survey.workbook.GridCell;

/** Reads grid cells through the normalizer: stored numbers and dates first, typed text second. */
final class CellValues {

	private final FiscalYears fiscalYears;

	private final Numbers numbers;

	CellValues(FiscalYears fiscalYears, Numbers numbers) {
		this.fiscalYears = fiscalYears;
		this.numbers = numbers;
	}

	Normalized<Integer> fiscalYear(GridCell cell, Era contextEra) {
		if (cell.isError()) {
			return new Normalized.Invalid<>("セルがエラー値です: " + cell.error());
		}
		if (cell.date() != null) {
			return fiscalYears.fromDate(cell.date().toLocalDate());
		}
		if (cell.isNumber()) {
			return fiscalYears.parse(cell.number().toPlainString(), contextEra);
		}
		return fiscalYears.parse(cell.text(), contextEra);
	}

	Normalized<Quantity> quantity(GridCell cell, Unit columnUnit) {
		if (cell.isError()) {
			return new Normalized.Invalid<>("セルがエラー値です: " + cell.error());
		}
		if (cell.isNumber()) {
			return numbers.fromNumericCell(cell.number(), columnUnit);
		}
		return numbers.parse(cell.text(), columnUnit);
	}

	static String raw(GridCell cell) {
		return cell == null ? null : cell.display();
	}

	static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
