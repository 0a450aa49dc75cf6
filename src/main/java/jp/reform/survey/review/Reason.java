package jp.reform.survey.review;

/**
 * Why an item is put before the committee. The wording of each reason is the office's, in
 * {@code templates/review.yml}; its threshold is a setting under {@code reform.review}.
 */
public enum Reason {

	/** 進捗 is a not-implemented word (検討 …) in each of the last years. */
	STALLED,
	/** 実施スケジュール says implemented for the latest year, 進捗 does not. */
	BEHIND_SCHEDULE,
	/** 効果額 over the plan period is below a share of its target. */
	LOW_EFFECT,
	/** The KPI moved away from its target (or against its good direction) year after year. */
	KPI_WORSENING,
	/** The entered 達成度 of the latest year is below a share. */
	LOW_ACHIEVEMENT,
	/** 効果額 over the plan period is far above its target: the target may be set too low. */
	TARGET_TOO_LOW

}
