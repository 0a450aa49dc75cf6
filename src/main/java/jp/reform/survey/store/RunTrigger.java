package jp.reform.survey.store;

/** What started a run. */
public enum RunTrigger {

	COMMAND("コマンド"), SCHEDULE("定期実行"), ON_DEMAND("随時実行");

	private final String label;

	RunTrigger(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
