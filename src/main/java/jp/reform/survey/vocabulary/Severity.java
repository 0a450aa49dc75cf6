package jp.reform.survey.vocabulary;

/** ERROR holds an item sheet back; WARNING is reported and the value is used; NOTE only informs. */
public enum Severity {

	ERROR, WARNING, NOTE;

	public String label() {
		return switch (this) {
			case ERROR -> "エラー";
			case WARNING -> "警告";
			case NOTE -> "情報";
		};
	}

}
