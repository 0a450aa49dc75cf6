package jp.reform.survey.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.reform.survey.normalize.CategoryCode;
import jp.reform.survey.normalize.CategoryCodes;
import jp.reform.survey.normalize.Normalized;
import jp.reform.survey.normalize.Quantity;
import jp.reform.survey.normalize.Unit;
import jp.reform.survey.survey.FormReader.LabelledValue;
import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.SheetGrid;

/**
 * Reads one item sheet: the label-anchored form part and the year table. Returns the item only
 * when the sheet has no errors, so half an item never reaches the store.
 */
final class ItemSheetReader {

	private static final Pattern DEPARTMENT_SEPARATORS = Pattern.compile("[\\s\\u3000、,，]+");

	private static final Pattern KPI_UNIT = Pattern.compile("^(.*?)[\\s\\u3000]*[(（]([^()（）]+)[)）]\\s*(※.*)?$",
			Pattern.DOTALL);

	private final CellValues cellValues;

	private final CategoryCodes categoryCodes = new CategoryCodes();

	private final YearTableNormalizer yearTables;

	ItemSheetReader(CellValues cellValues, YearTableNormalizer yearTables) {
		this.cellValues = cellValues;
		this.yearTables = yearTables;
	}

	/**
	 * Where a sheet's form labels and year table are, found once per sheet: deciding whether it is an
	 * item sheet and reading it need the same search, which on a large sheet is the costly part.
	 */
	record Layout(SheetLabels labels, Optional<YearTable.Header> table, Map<Field, LabelledValue> form) {

		static Layout of(SheetGrid sheet) {
			SheetLabels labels = SheetLabels.of(sheet);
			Optional<YearTable.Header> table = YearTable.header(labels);
			return new Layout(labels, table, FormReader.read(sheet, table.map(YearTable.Header::row).orElse(-1), labels));
		}

		/** Whether the sheet is an item sheet at all: it carries a 実施項目 label. */
		boolean isItemSheet() {
			return form.containsKey(Field.ITEM_NAME);
		}

	}

	Optional<SurveyItem> read(SheetGrid sheet, Layout layout, CoverInfo cover, List<Finding> findings) {
		String name = sheet.name();
		List<Finding> own = new ArrayList<>();
		Optional<YearTable> table = layout.table().map(header -> YearTable.read(sheet, header));
		Map<Field, LabelledValue> form = layout.form();
		List<SourcedValue> values = new ArrayList<>();
		for (Map.Entry<Field, LabelledValue> e : form.entrySet()) {
			GridCell value = e.getValue().value();
			if (value != null && e.getKey() != Field.ITEM_NO) {
				values.add(SourcedValue.text(e.getKey(), null, value.display().strip(), value.display(), name, value.ref()));
			}
		}
		String plan = textOf(form, Field.PLAN_NAME).orElse(cover.planName());
		if (plan == null) {
			own.add(Finding.error(name, null, "計画名がありません", "「計画名」の欄（または表紙の計画名）"));
		}
		CategoryCode category = code(form, Field.CATEGORY, categoryCodes::splitMajor, "大分類", "例: Ⅲ 持続可能で健全な財政基盤の確立",
				name, own);
		CategoryCode subcategory = code(form, Field.SUBCATEGORY, categoryCodes::splitMinor, "中分類",
				"例: ② 歳入歳出の適正化の推進", name, own);
		Integer itemNo = itemNo(form, name, own, values);
		String itemName = required(form, Field.ITEM_NAME, "実施項目", name, own);
		List<String> departments = textOf(form, Field.DEPARTMENTS).map(ItemSheetReader::departments)
			.orElse(cover.department() == null ? List.of() : List.of(cover.department()));
		if (departments.isEmpty()) {
			own.add(Finding.error(name, labelRef(form, Field.DEPARTMENTS), "所管課がありません", "「所管課」の欄に課名"));
		}
		String kpiLabel = textOf(form, Field.KPI_NAME).filter(ItemSheetReader::meaningful).orElse(null);
		if (table.isEmpty()) {
			own.add(Finding.error(name, null, "「年度」で始まる年度別の表が見つかりません", "見出し行「年度｜実施スケジュール｜進捗｜…」"));
		}
		else {
			values.addAll(yearTables.normalize(name, table.get(), cover, own));
		}
		findings.addAll(own);
		if (own.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
			findings.add(new Finding(Severity.ERROR, name, null, "このシートはエラーがあるため取り込みを保留しました（以前に受理した数値を使います）", null));
			return Optional.empty();
		}
		return Optional.of(new SurveyItem(name, plan.strip(), category, subcategory, itemNo, itemName, departments,
				kpiName(kpiLabel), kpiUnit(kpiLabel), values));
	}

	private Integer itemNo(Map<Field, LabelledValue> form, String sheet, List<Finding> own, List<SourcedValue> values) {
		LabelledValue lv = form.get(Field.ITEM_NO);
		if (lv == null || lv.value() == null) {
			own.add(Finding.error(sheet, lv == null ? null : lv.label().ref(), "No.（実施項目番号）がありません", "1以上の整数"));
			return null;
		}
		Normalized<Quantity> parsed = cellValues.quantity(lv.value(), Unit.NONE);
		if (parsed instanceof Normalized.Value<Quantity> q && q.value().value().signum() > 0
				&& q.value().value().stripTrailingZeros().scale() <= 0) {
			BigDecimal no = CellValues.plain(q.value().value());
			values.add(new SourcedValue(Field.ITEM_NO, null, no, null, null, null, false, lv.value().display(), sheet,
					lv.value().ref()));
			return no.intValueExact();
		}
		own.add(Finding.error(sheet, lv.value().ref(), "No.が整数として読めません: " + lv.value().display(), "1以上の整数"));
		return null;
	}

	private static CategoryCode code(Map<Field, LabelledValue> form, Field field,
			Function<String, Optional<CategoryCode>> split, String label, String expected, String sheet,
			List<Finding> own) {
		LabelledValue lv = form.get(field);
		if (lv == null || lv.value() == null) {
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

	static List<String> departments(String text) {
		return Arrays.stream(DEPARTMENT_SEPARATORS.split(text.strip())).filter(s -> !s.isBlank()).toList();
	}

	private static boolean meaningful(String text) {
		return !text.matches("[\\-－―—ー\\s]*");
	}

	private static String kpiName(String label) {
		if (label == null) {
			return null;
		}
		Matcher m = KPI_UNIT.matcher(label);
		return (m.matches() ? m.group(1) : label).replaceAll("\\s+", " ").strip();
	}

	private static String kpiUnit(String label) {
		if (label == null) {
			return null;
		}
		Matcher m = KPI_UNIT.matcher(label);
		return m.matches() ? m.group(2).strip() : null;
	}

}
