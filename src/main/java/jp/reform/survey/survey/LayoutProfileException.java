package jp.reform.survey.survey;

/** A layout profile file that cannot be used; the message names the file and is for office staff. */
public class LayoutProfileException extends RuntimeException {

	public LayoutProfileException(String source, String message) {
		super("様式定義ファイル " + source + ": " + message);
	}

}
