package jp.reform.survey.review;

import java.util.List;
import java.util.Optional;

import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * BEHIND_SCHEDULE: 実施スケジュール of the latest year is an implemented word and its 進捗 a
 * not-implemented one. An empty 進捗 is a gap in the workbook (the department's feedback says so), not
 * a delay, so it does not count.
 */
final class BehindScheduleRule extends ItemRule {

	private final Statuses statuses;

	BehindScheduleRule(Statuses statuses) {
		super(Reason.BEHIND_SCHEDULE, null);
		this.statuses = statuses;
	}

	@Override
	Optional<ReviewCandidate> judge(CurrentItem item, int latestYear) {
		Optional<SourcedValue> schedule = statuses.value(item, Field.SCHEDULE, latestYear);
		Optional<SourcedValue> progress = statuses.value(item, Field.PROGRESS, latestYear);
		if (schedule.isEmpty() || progress.isEmpty() || !statuses.implemented(schedule.get())
				|| statuses.implemented(progress.get())) {
			return Optional.empty();
		}
		return Optional.of(ReviewCandidate.ofItem(item, Reason.BEHIND_SCHEDULE, null, null,
				List.of(evidence(item, schedule.get()), evidence(item, progress.get()))));
	}

}
