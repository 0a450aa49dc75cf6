package jp.reform.survey.batch;

/** Another run holds the run lock; the message says who, since when, and when it would expire. */
public class RunLockedException extends RuntimeException {

	RunLockedException(String message) {
		super(message);
	}

}
