package jp.reform.survey.vocabulary;

/** Outcome of one file, as the office sees it. */
public enum SubmissionStatus {

	PENDING("未処理"), LOADED("取込済"), LOADED_WITH_WARNINGS("取込済（警告あり）"), PARTIALLY_LOADED("一部保留（エラーあり）"),
	REJECTED("不受理"),
	/** No spreadsheet (a PDF, a CSV, a zip …): outside the survey, named with what it is. */
	EXCLUDED("対象外");

	private final String label;

	SubmissionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * The office's rule for a read workbook: errors with no item left to load reject the file,
	 * errors beside loadable items hold back only those sheets, warnings alone still load.
	 */
	public static SubmissionStatus judged(boolean anyItems, boolean errors, boolean warnings) {
		if (errors) {
			return anyItems ? PARTIALLY_LOADED : REJECTED;
		}
		return warnings ? LOADED_WITH_WARNINGS : LOADED;
	}

	public boolean hasErrors() {
		return this == PARTIALLY_LOADED || this == REJECTED || this == EXCLUDED;
	}

}
