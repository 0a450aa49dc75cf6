package jp.reform.survey.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.SourcedValue;

/** A rule that judges each item on its own. */
abstract class ItemRule implements Rule {

	private final Reason reason;

	private final BigDecimal threshold;

	ItemRule(Reason reason, BigDecimal threshold) {
		this.reason = reason;
		this.threshold = threshold;
	}

	@Override
	public final Reason reason() {
		return reason;
	}

	@Override
	public final BigDecimal threshold() {
		return threshold;
	}

	@Override
	public final List<ReviewCandidate> judge(List<CurrentItem> subcategory, int latestYear) {
		return subcategory.stream().flatMap(item -> judge(item, latestYear).stream()).toList();
	}

	abstract Optional<ReviewCandidate> judge(CurrentItem item, int latestYear);

	static Evidence evidence(CurrentItem item, SourcedValue value) {
		return new Evidence(item.fileName(), value);
	}

}
