package jp.reform.survey.review;

import java.math.BigDecimal;
import java.util.List;

import jp.reform.survey.store.CurrentItem;

/**
 * One item — or one 中分類 as a whole, where its effect targets and results sit on different items — and
 * one reason to look at it, with the values that triggered the rule and their cells.
 *
 * @param item the item, or null when the candidate is the 中分類 {@code subcategory} as a whole
 * @param subcategory the items of the 中分類 (for a whole 中分類: those carrying the evidence)
 * @param figure what the rule measured: years in a row (STALLED, KPI_WORSENING) or a rate in percent
 *        (LOW_EFFECT, TARGET_TOO_LOW, LOW_ACHIEVEMENT); null for BEHIND_SCHEDULE
 * @param threshold the setting the figure was held against (years, or percent)
 * @param evidence the triggering values in year order
 */
public record ReviewCandidate(CurrentItem item, List<CurrentItem> subcategory, Reason reason, BigDecimal figure,
		BigDecimal threshold, List<Evidence> evidence) {

	public ReviewCandidate {
		subcategory = List.copyOf(subcategory);
		evidence = List.copyOf(evidence);
	}

	static ReviewCandidate ofItem(CurrentItem item, Reason reason, BigDecimal figure, BigDecimal threshold,
			List<Evidence> evidence) {
		return new ReviewCandidate(item, List.of(item), reason, figure, threshold, evidence);
	}

	/** An item of the 中分類, for its plan, category and 中分類 codes and names. */
	public CurrentItem any() {
		return item != null ? item : subcategory.get(0);
	}

	public boolean wholeSubcategory() {
		return item == null;
	}

}
