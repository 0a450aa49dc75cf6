package jp.reform.survey.lock;

/** Another run holds the run lock; the message says who, since when, and when it would expire. */
public class RunLockedException extends RuntimeException {

	public RunLockedException(String message) {
		super(message);
	}

}
