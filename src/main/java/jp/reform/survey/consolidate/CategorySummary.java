package jp.reform.survey.consolidate;

import java.util.List;

/** A 大分類 with its 中分類. */
public record CategorySummary(String code, String name, List<SubcategorySummary> subcategories) {

}
