package jp.reform.survey.store;

/**
 * The store could not be created or brought up to date; the message (Japanese) says what is left
 * behind and how to recover. The cause, for the debug log, is the migration tool's own failure.
 */
public final class StoreSetupException extends RuntimeException {

	StoreSetupException(String message, Throwable cause) {
		super(message, cause);
	}

}
