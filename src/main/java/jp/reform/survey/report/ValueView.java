package jp.reform.survey.report;

/** A value as the summary shows it, with its source cell (null when nothing was entered). */
public record ValueView(String text, SourceRef source) {

	static final ValueView NONE = new ValueView("－", null);

	public boolean present() {
		return source != null;
	}

}
