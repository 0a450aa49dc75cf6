package jp.reform.survey.survey;

import java.math.BigDecimal;

import jp.reform.survey.normalize.Comparator;
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
		if (cell.isNumber() && isPercentFormat(cell.formatString()) && (columnUnit == null || !columnUnit.isMoney())) {
			// 「70%」 typed into Excel is stored as 0.7 with a percent format: the figure people see is 70 %
			return numbers.fromNumericCell(cell.number().movePointRight(2), Unit.PERCENT);
		}
		if (cell.isNumber()) {
			return numbers.fromNumericCell(cell.number(), columnUnit);
		}
		return numbers.parse(cell.text(), columnUnit);
	}

	/** A bound as stored (≥ > ≤ <), or null for a plain figure. */
	static String bound(Quantity quantity) {
		return quantity.comparator() == Comparator.EQ ? null : quantity.comparator().symbol();
	}

	/**
	 * A number format showing the value as a percentage (0%, 0.0%), ignoring quoted text and escapes:
	 * a "…" section that is closed, and a backslash with the character after it (not a line break).
	 * A scan rather than a regex because it runs for every number cell read.
	 */
	static boolean isPercentFormat(String format) {
		if (format == null || format.indexOf('%') < 0) {
			return false;
		}
		int n = format.length();
		int i = 0;
		while (i < n) {
			char c = format.charAt(i);
			int close = c == '"' ? format.indexOf('"', i + 1) : -1;
			if (close >= 0) {
				i = close + 1;
			}
			else if (c == '\\' && i + 1 < n && !isLineTerminator(format.charAt(i + 1))) {
				i += 2;
			}
			else if (c == '%') {
				return true;
			}
			else {
				i++;
			}
		}
		return false;
	}

	/** What a regex {@code .} does not match. */
	private static boolean isLineTerminator(char c) {
		return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
	}

	/** The cell as written; a percent-formatted number as Excel shows it (70%, not 0.7). */
	static String raw(GridCell cell) {
		if (cell != null && cell.isNumber() && isPercentFormat(cell.formatString())) {
			return plain(cell.number().movePointRight(2)).toPlainString() + "%";
		}
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
