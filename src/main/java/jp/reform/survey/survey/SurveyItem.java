package jp.reform.survey.survey;

import java.util.List;

import jp.reform.survey.normalize.CategoryCode;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * One 実施項目 read from one sheet, with every value traced to its cell.
 *
 * @param departments 所管課 in order; the first is the lead
 * @param variant 1, or 2, 3 … for a further item of the workbook with the same number but another name
 * @param layout the name of the layout profile it was read in (standard, ogori …), or null when not read from a
 *        sheet; next year's form for its plan carries what this layout measures
 */
public record SurveyItem(String sheet, String planName, CategoryCode category, CategoryCode subcategory, int itemNo,
		String name, List<String> departments, String kpiName, String kpiUnit, List<SourcedValue> values, int variant,
		String layout) {

	public SurveyItem(String sheet, String planName, CategoryCode category, CategoryCode subcategory, int itemNo,
			String name, List<String> departments, String kpiName, String kpiUnit, List<SourcedValue> values) {
		this(sheet, planName, category, subcategory, itemNo, name, departments, kpiName, kpiUnit, values, 1, null);
	}

	public SurveyItem withVariant(int variant) {
		return new SurveyItem(sheet, planName, category, subcategory, itemNo, name, departments, kpiName, kpiUnit,
				values, variant, layout);
	}

	SurveyItem withLayout(String name) {
		return new SurveyItem(sheet, planName, category, subcategory, itemNo, this.name, departments, kpiName, kpiUnit,
				values, variant, name);
	}

	/** Ⅲ-②-7, or 2-③-1(2) for a second item with that number. */
	public String code() {
		return category.code() + "-" + subcategory.code() + "-" + itemNo + (variant > 1 ? "(" + variant + ")" : "");
	}

	public String leadDepartment() {
		return departments.isEmpty() ? null : departments.get(0);
	}

}
