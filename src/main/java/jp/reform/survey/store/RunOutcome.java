package jp.reform.survey.store;

/** How a run ended, as the office reads it in the run history. */
public enum RunOutcome {

	RUNNING("実行中"), COMPLETED("完了"), COMPLETED_WITH_REJECTIONS("完了（不受理・一部保留あり）"), FAILED("失敗"),
	REFUSED("開始せず（別の集計が実行中）"), INTERRUPTED("中断（途中で停止）");

	private final String label;

	RunOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
