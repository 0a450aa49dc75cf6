package jp.reform.survey.store;

/** Outcome of one file, as the office sees it. */
public enum SubmissionStatus {

	PENDING("未処理"), LOADED("取込済"), LOADED_WITH_WARNINGS("取込済（警告あり）"), PARTIALLY_LOADED("一部保留（エラーあり）"),
	REJECTED("不受理");

	private final String label;

	SubmissionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean hasErrors() {
		return this == PARTIALLY_LOADED || this == REJECTED;
	}

}
