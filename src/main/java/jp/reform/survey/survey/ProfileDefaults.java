package jp.reform.survey.survey;

/**
 * What a layout's sheets do not say but its office knows: the plan, its period and report year,
 * and the 大分類/中分類 for layouts without categories (Ogori). A cover sheet's value wins over
 * these. Every field may be null.
 *
 * @param category 大分類 as written on a form, e.g. 「Ⅰ 実施項目」
 * @param subcategory 中分類 as written on a form, e.g. 「① 実施項目」
 */
public record ProfileDefaults(String planName, Integer planFirstYear, Integer planLastYear, Integer reportYear,
		String category, String subcategory) {

	public static ProfileDefaults none() {
		return new ProfileDefaults(null, null, null, null, null, null);
	}

}
