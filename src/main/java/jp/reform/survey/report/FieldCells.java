package jp.reform.survey.report;

import java.util.List;
import java.util.stream.Collectors;

import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.ValueKind;

/**
 * What a cell of consolidated.xlsx holds for the values of one field of an item (in one year): a number
 * where they are one plain figure, so it sums and filters as a number; else their text as the reports
 * write it (「1名以上」, 「約17,000千円、約3,600千円」, prose line by line).
 */
final class FieldCells {

	private final ValueText valueText;

	FieldCells(JapaneseFormats fmt) {
		this.valueText = new ValueText(fmt);
	}

	Object of(CurrentItem item, Field field, List<SourcedValue> values) {
		if (values.isEmpty()) {
			return null;
		}
		if (values.size() == 1 && plainNumber(item, field, values.get(0))) {
			return values.get(0).number();
		}
		String separator = field.kind() == ValueKind.PROSE || field.kind() == ValueKind.STATUS ? "\n" : "、";
		String text = values.stream().map(valueText::of).filter(s -> !s.isBlank()).collect(Collectors.joining(separator));
		return text.isBlank() ? null : text;
	}

	/**
	 * Money and rates of a year always; a year's figure when nothing but the number is lost: no bound, no 約,
	 * and its unit named by the item's 成果指標 column (「自治会加入率（%）」; a 「％」 typed into one cell of it
	 * is the same figure). A figure of an item without a 成果指標 unit keeps its words and unit (「管理職に占める
	 * 女性の割合22%」), as does a form field's (「タブレット端末数：30台」).
	 */
	private static boolean plainNumber(CurrentItem item, Field field, SourcedValue v) {
		if (v.number() == null || !field.kind().numeric() || field.derived() || !field.isYearField()) {
			return false;
		}
		if (field.kind() != ValueKind.FIGURE) {
			return true;
		}
		return v.comparator() == null && !v.approximate() && (v.unit() == null || item.kpiUnit() != null);
	}

}
