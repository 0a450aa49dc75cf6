package jp.reform.survey.survey;

import java.math.BigDecimal;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.reform.survey.normalize.FiguresInText;
import jp.reform.survey.normalize.Normalized;
import jp.reform.survey.normalize.Quantity;
import jp.reform.survey.normalize.Status;
import jp.reform.survey.normalize.StatusWords;
import jp.reform.survey.normalize.Unit;
import jp.reform.survey.vocabulary.ValueKind;
import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.Finding;

/**
 * Reads the cells of one year table column by column, top to bottom: status words, money (千円),
 * figures, text around a figure, prose. 「↓」 takes the value of the row above in the same column,
 * so one instance serves one table.
 */
final class YearCells {

	/** Previous resolved value of a column, for 「↓」. */
	private record Carried(BigDecimal number, String text, String unit, String comparator, boolean approximate) {
	}

	private static final String MONEY_EXPECTED = "千円単位の金額（例: 1,234）";

	private final CellValues cellValues;

	private final StatusWords statusWords;

	private final FiguresInText figures;

	private final String sheet;

	private final List<Finding> findings;

	private final Map<Field, Carried> above = new TreeMap<>(Field.ORDER);

	YearCells(CellValues cellValues, StatusWords statusWords, FiguresInText figures, String sheet,
			List<Finding> findings) {
		this.cellValues = cellValues;
		this.statusWords = statusWords;
		this.figures = figures;
		this.sheet = sheet;
		this.findings = findings;
	}

	/**
	 * Every value of one cell: one, or for a target written as text with several figures or a deadline
	 * (「知っている91.0％ 内容も把握30.0％」, 「公表時期 8月までに」) one per figure, all at that cell.
	 */
	List<SourcedValue> readAll(Field field, GridCell cell, int fiscalYear, Unit unit, boolean figureInText) {
		Optional<SourcedValue> one = read(field, cell, fiscalYear, unit, figureInText);
		if (figureInText && cell.isText() && one.isPresent() && one.get().number() == null) {
			List<FiguresInText.Figure> all = figures.parseAll(cell.text(), unit, fiscalYear);
			if (!all.isEmpty()) {
				SourcedValue prose = one.get();
				return all.stream()
					.map(f -> new SourcedValue(field, fiscalYear, CellValues.plain(f.quantity().value()),
							f.label().isEmpty() ? null : f.label(), f.quantity().unit(), CellValues.bound(f.quantity()),
							f.quantity().approximate(), prose.raw(), sheet, cell.ref()))
					.toList();
			}
		}
		return one.map(List::of).orElse(List.of());
	}

	Optional<SourcedValue> read(Field field, GridCell cell, int fiscalYear, Unit unit, boolean figureInText) {
		String raw = CellValues.raw(cell);
		if (field.kind() == ValueKind.PROSE || field.kind() == ValueKind.NAME) {
			return Optional.of(SourcedValue.text(field, fiscalYear, raw.strip(), raw, sheet, cell.ref()));
		}
		if (field.kind() == ValueKind.STATUS) {
			return status(field, cell, raw, fiscalYear);
		}
		if (figureInText && cell.isText()) {
			return figure(field, cell, raw, fiscalYear, unit);
		}
		return quantity(field, cell, raw, fiscalYear, unit);
	}

	private Optional<SourcedValue> quantity(Field field, GridCell cell, String raw, int fiscalYear, Unit unit) {
		Normalized<Quantity> parsed = cellValues.quantity(cell, unit);
		Carried carried;
		if (parsed instanceof Normalized.SameAsAbove<Quantity>) {
			carried = above.get(field);
			if (carried == null) {
				findings.add(Finding.error(sheet, cell.ref(), "「↓」ですが上の行に値がありません", "数値を記入"));
				return Optional.empty();
			}
		}
		else if (parsed instanceof Normalized.Value<Quantity> q) {
			warn(cell, q.warnings());
			if (field.isMoney() && q.value().unit() != null && !q.value().isMoney()) {
				findings.add(Finding.error(sheet, cell.ref(), "金額として読めません: " + raw, MONEY_EXPECTED));
				return Optional.empty();
			}
			carried = carried(q.value(), null);
		}
		else if (parsed instanceof Normalized.Invalid<Quantity> invalid) {
			findings.add(Finding.error(sheet, cell.ref(), invalid.message(),
					field.isMoney() ? MONEY_EXPECTED : "数値（例: 57.4、7事業者、1名以上）"));
			return Optional.empty();
		}
		else {
			above.put(field, new Carried(null, null, null, null, false));
			return Optional.empty();
		}
		return value(field, carried, fiscalYear, cell, raw);
	}

	/** Text around one figure (「人事交流 1名以上」): the figure with the words as its label, or prose kept whole. */
	private Optional<SourcedValue> figure(Field field, GridCell cell, String raw, int fiscalYear, Unit unit) {
		Normalized<FiguresInText.Figure> parsed = figures.parse(cell.text(), unit);
		Carried carried;
		if (parsed instanceof Normalized.SameAsAbove<FiguresInText.Figure>) {
			carried = above.get(field);
			if (carried == null) {
				findings.add(Finding.error(sheet, cell.ref(), "「↓」ですが上の行に値がありません", "数値目標を記入"));
				return Optional.empty();
			}
		}
		else if (parsed instanceof Normalized.Value<FiguresInText.Figure> f) {
			warn(cell, f.warnings());
			String label = f.value().label().isEmpty() ? null : f.value().label();
			carried = f.value().isProse() ? new Carried(null, label, null, null, false)
					: carried(f.value().quantity(), label);
		}
		else {
			above.put(field, new Carried(null, null, null, null, false));
			return Optional.empty();
		}
		return value(field, carried, fiscalYear, cell, raw);
	}

	/** @param raw the cell as written ({@link CellValues#raw}), worked out once per cell */
	private Optional<SourcedValue> value(Field field, Carried carried, int fiscalYear, GridCell cell, String raw) {
		above.put(field, carried);
		if (carried.number() == null && carried.text() == null) {
			return Optional.empty();
		}
		return Optional.of(new SourcedValue(field, fiscalYear, carried.number(), carried.text(), carried.unit(),
				carried.comparator(), carried.approximate(), raw, sheet, cell.ref()));
	}

	private static Carried carried(Quantity quantity, String label) {
		return new Carried(CellValues.plain(quantity.value()), label, quantity.unit(), CellValues.bound(quantity),
				quantity.approximate());
	}

	private Optional<SourcedValue> status(Field field, GridCell cell, String raw, int fiscalYear) {
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
			warn(cell, s.warnings());
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

	private void warn(GridCell cell, List<String> warnings) {
		for (String w : warnings) {
			findings.add(Finding.warning(sheet, cell.ref(), w));
		}
	}

}
