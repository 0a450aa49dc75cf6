package jp.reform.survey.workbook;

/** The file as a whole cannot be read; the message is for office staff (Japanese). */
public class WorkbookReadException extends Exception {

	public WorkbookReadException(String message, Throwable cause) {
		super(message, cause);
	}

	public WorkbookReadException(String message) {
		super(message);
	}

}
