package jp.reform.survey.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * STALLED: 進捗 is a not-implemented word (検討, 未着手, 延期 …) in each of the last {@code years} years up to
 * the latest. The figure is the whole run of such years, the evidence every 進捗 cell of the run.
 */
final class StalledRule extends ItemRule {

	private final Statuses statuses;

	private final int years;

	StalledRule(Statuses statuses, int years) {
		super(Reason.STALLED, BigDecimal.valueOf(years));
		this.statuses = statuses;
		this.years = years;
	}

	@Override
	Optional<ReviewCandidate> judge(CurrentItem item, int latestYear) {
		List<Evidence> run = new ArrayList<>();
		for (int year = latestYear;; year--) {
			Optional<SourcedValue> progress = statuses.value(item, Field.PROGRESS, year);
			if (progress.isEmpty() || statuses.implemented(progress.get())) {
				break;
			}
			run.add(0, evidence(item, progress.get()));
		}
		if (run.size() < years) {
			return Optional.empty();
		}
		return Optional.of(ReviewCandidate.ofItem(item, Reason.STALLED, BigDecimal.valueOf(run.size()),
				BigDecimal.valueOf(years), run));
	}

}
