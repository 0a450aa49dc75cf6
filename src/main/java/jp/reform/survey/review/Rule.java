package jp.reform.survey.review;

import java.math.BigDecimal;
import java.util.List;

import jp.reform.survey.store.CurrentItem;

/** One rule of 見直し候補: judges the items of one 中分類 as of the latest surveyed year. */
interface Rule {

	Reason reason();

	/** The setting the rule holds figures against (years or percent), null when it has none. */
	BigDecimal threshold();

	List<ReviewCandidate> judge(List<CurrentItem> subcategory, int latestYear);

}
