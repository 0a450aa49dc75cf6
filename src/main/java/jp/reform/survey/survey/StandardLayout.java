package jp.reform.survey.survey;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.reform.survey.normalize.LabelText;

/**
 * The labels of the standard survey workbook (spec: survey-sheet.md) and the fields they mean,
 * keyed by their canonical form so decorated variants (「目 標：」) match.
 */
final class StandardLayout {

	private static final Map<String, Field> FORM_LABELS = Map.ofEntries(Map.entry("計画名", Field.PLAN_NAME),
			Map.entry("大分類", Field.CATEGORY), Map.entry("方針", Field.CATEGORY), Map.entry("中分類", Field.SUBCATEGORY),
			Map.entry("推進項目", Field.SUBCATEGORY), Map.entry("NO.", Field.ITEM_NO), Map.entry("NO", Field.ITEM_NO),
			Map.entry("項目番号", Field.ITEM_NO), Map.entry("実施項目NO.", Field.ITEM_NO), Map.entry("実施項目", Field.ITEM_NAME),
			Map.entry("計画項目", Field.ITEM_NAME), Map.entry("項目名", Field.ITEM_NAME), Map.entry("所管課", Field.DEPARTMENTS),
			Map.entry("担当課", Field.DEPARTMENTS), Map.entry("関係課", Field.RELATED_DEPARTMENTS),
			Map.entry("目標", Field.GOAL), Map.entry("目標の状態", Field.GOAL), Map.entry("現状と課題", Field.CURRENT_STATE),
			Map.entry("現状・課題", Field.CURRENT_STATE), Map.entry("取組内容", Field.ACTIVITIES),
			Map.entry("実施内容", Field.ACTIVITIES), Map.entry("成果指標", Field.KPI_NAME));

	private static final Map<String, Field> YEAR_COLUMNS = Map.ofEntries(Map.entry("年度", Field.YEAR_LABEL),
			Map.entry("実施スケジュール", Field.SCHEDULE), Map.entry("計画", Field.SCHEDULE), Map.entry("計画概要", Field.SCHEDULE),
			Map.entry("進捗", Field.PROGRESS), Map.entry("実施状況", Field.PROGRESS), Map.entry("実施概要", Field.PROGRESS),
			Map.entry("効果目標額", Field.EFFECT_TARGET), Map.entry("効果額", Field.EFFECT_ACTUAL),
			Map.entry("達成額", Field.EFFECT_ACTUAL), Map.entry("数値目標", Field.KPI_TARGET), Map.entry("目標値", Field.KPI_TARGET),
			Map.entry("成果状況", Field.KPI_ACTUAL), Map.entry("数値", Field.KPI_ACTUAL), Map.entry("実績値", Field.KPI_ACTUAL),
			Map.entry("達成率", Field.RATE), Map.entry("達成度", Field.RATE), Map.entry("備考", Field.NOTE));

	private static final Map<String, String> COVER_LABELS = Map.of("計画名", "plan", "計画期間", "period", "報告年度",
			"reportYear", "所管課", "department", "担当課", "department", "担当者", "person", "提出日", "submitted");

	/** Stateless; one shared instance. */
	private static final LabelText LABELS = new LabelText();

	private StandardLayout() {
	}

	static String canonical(String text) {
		String canonical = LABELS.canonical(text);
		// Only "No." has letters among the labels; upper-casing Japanese text char by char is wasted work.
		return hasAsciiLowerCase(canonical) ? canonical.toUpperCase(Locale.ROOT) : canonical;
	}

	private static boolean hasAsciiLowerCase(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= 'a' && c <= 'z') {
				return true;
			}
		}
		return false;
	}

	static Optional<Field> formLabel(String text) {
		return formField(canonical(text));
	}

	/** Whether a canonical text is any label this layout knows (form, year column, cover or 計). */
	static boolean isLabel(String canonical) {
		return FORM_LABELS.containsKey(canonical) || YEAR_COLUMNS.containsKey(canonical)
				|| COVER_LABELS.containsKey(canonical) || isTotal(canonical);
	}

	static Optional<Field> formField(String canonical) {
		return Optional.ofNullable(FORM_LABELS.get(canonical));
	}

	static Optional<Field> yearField(String canonical) {
		return Optional.ofNullable(YEAR_COLUMNS.get(canonical));
	}

	static Optional<String> coverKey(String canonical) {
		return Optional.ofNullable(COVER_LABELS.get(canonical));
	}

	static Optional<Field> yearColumn(String text) {
		return Optional.ofNullable(YEAR_COLUMNS.get(canonical(text)));
	}

	static Optional<String> coverLabel(String text) {
		return Optional.ofNullable(COVER_LABELS.get(canonical(text)));
	}

	static boolean isTotalRow(String text) {
		return isTotal(canonical(text));
	}

	private static boolean isTotal(String canonical) {
		return canonical.equals("計") || canonical.equals("合計");
	}

}
