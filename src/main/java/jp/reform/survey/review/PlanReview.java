package jp.reform.survey.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * The review candidates of one plan, judged as of {@code latestYear} (the report year), in plan order
 * of their items and, per item, in the order of {@link Reason}.
 *
 * @param rules the rules switched on, in the order of {@link Reason}, with their thresholds
 */
public record PlanReview(String planName, Integer latestYear, List<Setting> rules, List<ReviewCandidate> candidates) {

	/** A rule switched on, and the years or percent it holds figures against (null for none). */
	public record Setting(Reason reason, BigDecimal threshold) {
	}

	public PlanReview {
		rules = List.copyOf(rules);
		candidates = List.copyOf(candidates);
	}

	public List<ReviewCandidate> of(Reason reason) {
		return candidates.stream().filter(c -> c.reason() == reason).toList();
	}

	/** How many distinct items (or whole 中分類) are candidates for any reason. */
	public long items() {
		return candidates.stream()
			.map(c -> c.wholeSubcategory() ? c.any().categoryCode() + "\t" + c.any().subcategoryCode() : c.item().itemId())
			.distinct()
			.count();
	}

}
