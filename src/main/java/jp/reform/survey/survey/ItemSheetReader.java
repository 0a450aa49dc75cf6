package jp.reform.survey.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.reform.survey.normalize.CategoryCode;
import jp.reform.survey.normalize.CategoryCodes;
import jp.reform.survey.normalize.FiguresInText;
import jp.reform.survey.normalize.Normalized;
import jp.reform.survey.normalize.Quantity;
import jp.reform.survey.normalize.Unit;
import jp.reform.survey.normalize.DepartmentNames;
import jp.reform.survey.survey.FormReader.LabelledValue;
import jp.reform.survey.workbook.CellRefs;
import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.Finding;
import jp.reform.survey.vocabulary.Severity;
import jp.reform.survey.vocabulary.ValueKind;

/**
 * Reads one item (a sheet, or one card of it) in a given layout: the label-anchored form part and
 * the year table. Returns the item only when it has no errors, so half an item never reaches the
 * store.
 */
final class ItemSheetReader {

	private static final Pattern KPI_UNIT = Pattern.compile("^(.*?)[\\s\\u3000]*[(（]([^()（）]+)[)）]\\s*(※.*)?$",
			Pattern.DOTALL);

	/** A KPI cell of dashes and spaces only says there is no KPI. */
	private static final Pattern NOTHING_WRITTEN = Pattern.compile("[\\-－―—ー\\s]*");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** A figure not filled in yet: 「〇台」「○人」. */
	private static final Pattern PLACEHOLDER = Pattern.compile("[〇○◯]");

	private final CategoryCodes categoryCodes = new CategoryCodes();

	private final FiguresInText figures = new FiguresInText();

	private final ItemNumbers itemNumbers;

	private final YearTableNormalizer yearTables;

	ItemSheetReader(ItemNumbers itemNumbers, YearTableNormalizer yearTables) {
		this.itemNumbers = itemNumbers;
		this.yearTables = yearTables;
	}

	/** @param plan the cover sheet, completed by the layout's defaults */
	Optional<SurveyItem> read(SheetLabels sheet, ItemBlock block, LayoutProfile profile, CoverInfo plan,
			List<Finding> findings) {
		Optional<YearTable> table = YearTable.find(sheet, profile.yearTable(), block);
		Map<Field, LabelledValue> form = FormReader.read(sheet, profile, block,
				table.map(YearTable::headerRow).orElse(-1));
		return read(sheet, block, profile, plan, findings, form, table);
	}

	/**
	 * Reads an item whose form part and year table are already found (one row of a list: its cells under the
	 * list's column headers, the year columns of that row).
	 */
	Optional<SurveyItem> read(SheetLabels sheet, ItemBlock block, LayoutProfile profile, CoverInfo plan,
			List<Finding> findings, Map<Field, LabelledValue> form, Optional<YearTable> table) {
		String name = sheet.sheet().name();
		List<Finding> own = new ArrayList<>();
		List<SourcedValue> values = new ArrayList<>();
		for (Map.Entry<Field, LabelledValue> e : form.entrySet()) {
			GridCell value = e.getValue().value();
			if (value == null && e.getKey().kind() == ValueKind.PROSE) {
				// a text the office asked for and the reader could not find is said, never silently dropped
				GridCell label = e.getValue().label();
				boolean textBelow = !profile.below().contains(e.getKey()) && !profile.list()
						&& FormReader.below(sheet, profile, label, block.lastRow()).isPresent();
				own.add(Finding.warning(name, label.ref(), "見出し『" + sheet.canonicalAt(label) + "』はありますが、記入がありません"
						+ (textBelow ? "（見出しの下の欄に書く様式なら、様式定義の below に " + e.getKey().key() + " を加えます）" : "")));
			}
			if (value != null && e.getKey().kind() == ValueKind.FIGURE) {
				values.add(figure(e.getKey(), value, name, own));
			}
			else if (value != null && e.getKey() != Field.ITEM_NO) {
				values.add(SourcedValue.text(e.getKey(), null, formText(e.getKey(), value.display()), value.display(),
						name, value.ref()));
			}
		}
		String planName = textOf(form, Field.PLAN_NAME).orElse(plan.planName());
		if (planName == null) {
			own.add(Finding.error(name, null, "計画名がありません", "「計画名」の欄（または表紙の計画名）"));
		}
		CategoryCode category = code(form, Field.CATEGORY, profile.defaults().category(), categoryCodes::splitMajor,
				"大分類", "例: Ⅲ 持続可能で健全な財政基盤の確立", name, own);
		CategoryCode subcategory = code(form, Field.SUBCATEGORY, profile.defaults().subcategory(),
				categoryCodes::splitMinor, "中分類", "例: ② 歳入歳出の適正化の推進", name, own);
		String itemName = required(form, Field.ITEM_NAME, "実施項目", name, own);
		Integer itemNo;
		if (profile.itemNoFromName()) {
			Optional<ItemNumbers.Numbered> numbered = itemName == null ? Optional.empty()
					: itemNumbers.fromName(itemName);
			itemNo = numbered.map(ItemNumbers.Numbered::number).orElse(null);
			itemName = numbered.map(ItemNumbers.Numbered::name).orElse(itemName);
			if (itemName != null && itemNo == null) {
				own.add(Finding.error(name, form.get(Field.ITEM_NAME).value().ref(), "項目名の先頭に番号がありません: " + itemName,
						"「①情報提供の手段と機会の拡充」のように丸数字で始める"));
			}
		}
		else {
			itemNo = itemNumbers.read(form.get(Field.ITEM_NO), name, own, values);
		}
		List<String> departments = textOf(form, Field.DEPARTMENTS).map(DepartmentNames::split)
			.orElse(plan.department() == null ? List.of() : List.of(plan.department()));
		if (departments.isEmpty()) {
			own.add(Finding.error(name, labelRef(form, Field.DEPARTMENTS), "所管課がありません", "「所管課」の欄に課名"));
		}
		String kpiLabel = textOf(form, Field.KPI_NAME).filter(ItemSheetReader::meaningful).orElse(null);
		if (kpiLabel != null && profile.lowerIsBetter(kpiLabel)) {
			GridCell kpiCell = form.get(Field.KPI_NAME).value();
			values.add(SourcedValue.text(Field.KPI_DIRECTION, null, Field.LOWER_IS_BETTER, CellValues.raw(kpiCell), name,
					kpiCell.ref()));
		}
		if (table.isEmpty()) {
			own.add(missingTable(sheet, block, profile));
		}
		else {
			values.addAll(yearTables.normalize(name, table.get(), profile.yearTable(), plan, own));
		}
		StorableNumbers.check(values, own);
		own.replaceAll(f -> withHint(f, sheet, profile, form));
		findings.addAll(own);
		if (own.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
			findings.add(new Finding(Severity.ERROR, name, block.card() ? CellRefs.a1(block.firstRow(), 0) : null,
					(block.card() ? "この実施項目" : "このシート") + "はエラーがあるため取り込みを保留しました（以前に受理した数値を使います）",
					null));
			return Optional.empty();
		}
		Kpi kpi = Kpi.of(kpiLabel);
		return Optional.of(new SurveyItem(name, planName.strip(), category, subcategory, itemNo, itemName, departments,
				kpi.name(), kpi.unit(), values));
	}

	/** The errors of a required field, each by its message, as the sites above write them. */
	private static final Map<String, Field> MISSING = Map.of("計画名がありません", Field.PLAN_NAME, "大分類がありません",
			Field.CATEGORY, "中分類がありません", Field.SUBCATEGORY, "実施項目がありません", Field.ITEM_NAME, "所管課がありません",
			Field.DEPARTMENTS, "No.（実施項目番号）がありません", Field.ITEM_NO);

	/**
	 * A required field whose label the sheet does not have at all: the error says so, with the sheet's most
	 * similar label and the profile key to add it to, so the office fixes its profile rather than the sheet.
	 */
	private static Finding withHint(Finding finding, SheetLabels sheet, LayoutProfile profile,
			Map<Field, LabelledValue> form) {
		Field field = MISSING.get(finding.message());
		if (finding.severity() != Severity.ERROR || field == null || form.containsKey(field)
				|| (field == Field.PLAN_NAME && profile.labelsOf(field).isEmpty())) {
			return finding;
		}
		String hint = LabelHints.notFound(sheet, profile, field, "form");
		return new Finding(finding.severity(), finding.sheet(), finding.cell(), finding.message() + "（" + hint + "）",
				finding.expected());
	}

	/**
	 * A form figure written with its words (目標値「タブレット端末数：30台」): the figure with the words as its
	 * label, else the text kept whole. A placeholder left in it (「〇台」) is a target not set yet: kept as
	 * text and said, never read as a number.
	 */
	private SourcedValue figure(Field field, GridCell cell, String sheet, List<Finding> own) {
		String raw = CellValues.raw(cell);
		if (cell.isNumber()) {
			return new SourcedValue(field, null, CellValues.plain(cell.number()), null, null, null, false, raw, sheet,
					cell.ref());
		}
		if (PLACEHOLDER.matcher(raw).find()) {
			own.add(Finding.warning(sheet, cell.ref(), field.label() + "が未定です（「〇」のままです）: " + oneLine(raw)));
			return SourcedValue.text(field, null, raw.strip(), raw, sheet, cell.ref());
		}
		if (figures.parse(raw, Unit.NONE) instanceof Normalized.Value<FiguresInText.Figure> f && !f.value().isProse()) {
			Quantity q = f.value().quantity();
			return new SourcedValue(field, null, CellValues.plain(q.value()),
					f.value().label().isEmpty() ? null : f.value().label(), q.unit(), CellValues.bound(q),
					q.approximate(), raw, sheet, cell.ref());
		}
		return SourcedValue.text(field, null, raw.strip(), raw, sheet, cell.ref());
	}

	private static String oneLine(String text) {
		return SPACES.matcher(text.strip()).replaceAll(" ");
	}

	/**
	 * No year table: when a year header has fiscal years running across its row, the table is there
	 * in the other orientation, and the message says which profile key reads it.
	 */
	private static Finding missingTable(SheetLabels sheet, ItemBlock block, LayoutProfile profile) {
		YearTableLayout layout = profile.yearTable();
		String headers = "見出し「" + String.join("」「", layout.yearHeaders()) + "」";
		String at = block.card() ? CellRefs.a1(block.firstRow(), 0) : null;
		if (!layout.yearsAcross()) {
			for (SheetLabels.Row row : sheet.rows()) {
				for (SheetLabels.Label label : row.labels()) {
					List<YearsAcross.Span> years = block.contains(row.row()) && layout.isYearHeader(label.canonical())
							? YearsAcross.spans(sheet, layout, row.row(), label.cell()).stream().filter(y -> !y.total()).toList()
							: List.of();
					if (years.size() >= 2) {
						return Finding.error(sheet.sheet().name(), label.cell().ref(), "年度別の表（" + headers
								+ "）の年度が縦に並んでいません: " + label.cell().ref() + "「" + label.cell().text().strip()
								+ "」の行に年度（" + String.join("、", years.stream().map(y -> y.header().display().strip()).toList())
								+ "）が横に並んでいます", "年度が横に並ぶ表は、様式定義の yearTable に yearsAcross: true と、"
										+ "各行の見出しと項目の対応（yearTable.rows）を書きます");
					}
				}
			}
		}
		for (SheetLabels.Row row : sheet.rows()) {
			List<String> labels = row.labels().stream()
				.filter(l -> profile.formLabels().containsKey(l.canonical()))
				.map(l -> l.cell().text().strip())
				.toList();
			List<String> years = sheet.sheet().row(row.row()).stream()
				.filter(c -> !c.isBlank() && YearsAcross.looksLikeYear(c))
				.map(c -> c.display().strip())
				.toList();
			if (block.contains(row.row()) && labels.size() >= 2 && years.size() >= 2 && !profile.list()) {
				return Finding.error(sheet.sheet().name(), CellRefs.a1(row.row(), 0), "年度別の表（" + headers
						+ "）が見つかりません: " + (row.row() + 1) + "行目に見出し（" + String.join("、", labels) + "）と年度（"
						+ String.join("、", years) + "）が横に並んでいます", "1行に1つの実施項目を書く一覧なら、様式定義に list: true と、"
								+ "年度の下の見出しと項目の対応（yearTable.columns、例: effect_target: [目標]）を書きます");
			}
		}
		return Finding.error(sheet.sheet().name(), at, "年度別の表（" + headers + "）が見つかりません",
				profile.title() + "の年度別の表");
	}

	private static CategoryCode code(Map<Field, LabelledValue> form, Field field, String fallback,
			Function<String, Optional<CategoryCode>> split, String label, String expected, String sheet,
			List<Finding> own) {
		LabelledValue lv = form.get(field);
		if (lv == null || lv.value() == null) {
			if (fallback != null) {
				return split.apply(fallback).orElseThrow(); // checked when the profile was loaded
			}
			own.add(Finding.error(sheet, lv == null ? null : lv.label().ref(), label + "がありません", expected));
			return null;
		}
		Optional<CategoryCode> code = split.apply(lv.value().display());
		if (code.isEmpty()) {
			own.add(Finding.error(sheet, lv.value().ref(), label + "のコードと名称が読めません: " + lv.value().display(), expected));
			return null;
		}
		return code.get();
	}

	private static String required(Map<Field, LabelledValue> form, Field field, String label, String sheet,
			List<Finding> own) {
		Optional<String> text = textOf(form, field);
		if (text.isEmpty()) {
			own.add(Finding.error(sheet, labelRef(form, field), label + "がありません", label + "の名称"));
			return null;
		}
		return text.get();
	}

	private static String labelRef(Map<Field, LabelledValue> form, Field field) {
		LabelledValue lv = form.get(field);
		return lv == null ? null : lv.label().ref();
	}

	private static Optional<String> textOf(Map<Field, LabelledValue> form, Field field) {
		LabelledValue lv = form.get(field);
		if (lv == null || lv.value() == null) {
			return Optional.empty();
		}
		String text = lv.value().display().strip();
		return text.isEmpty() ? Optional.empty() : Optional.of(text);
	}

	/**
	 * A form value as stored: departments one per line whatever separated them when typed (so 「財政課、契約課」
	 * and 「財政課⏎契約課」 are the same value), other text stripped. The raw value keeps what was typed.
	 */
	private static String formText(Field field, String display) {
		return field.equals(Field.DEPARTMENTS) || field.equals(Field.RELATED_DEPARTMENTS)
				? DepartmentNames.join(DepartmentNames.split(display)) : display.strip();
	}

	private static boolean meaningful(String text) {
		return !NOTHING_WRITTEN.matcher(text).matches();
	}

	/** The KPI's name and the unit in brackets after it (成果指標「参加者数（人）」), from one match. */
	private record Kpi(String name, String unit) {

		static Kpi of(String label) {
			if (label == null) {
				return new Kpi(null, null);
			}
			Matcher m = KPI_UNIT.matcher(label);
			boolean withUnit = m.matches();
			return new Kpi(SPACES.matcher(withUnit ? m.group(1) : label).replaceAll(" ").strip(),
					withUnit ? m.group(2).strip() : null);
		}

	}

}
