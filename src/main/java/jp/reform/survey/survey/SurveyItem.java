package jp.reform.survey.survey;

import java.util.List;

import jp.reform.survey.normalize.CategoryCode;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * One 実施項目 read from one sheet, with every value traced to its cell.
 *
 * @param departments 所管課 in order; the first is the lead
 */
public record SurveyItem(String sheet, String planName, CategoryCode category, CategoryCode subcategory, int itemNo,
		String name, List<String> departments, String kpiName, String kpiUnit, List<SourcedValue> values) {

	public String leadDepartment() {
		return departments.isEmpty() ? null : departments.get(0);
	}

}
