package jp.reform.survey.store;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure is the database's being unreachable or lost (not a fault of what was being
 * stored): such a failure stops the run, where a workbook's own fault only rejects that workbook.
 */
public final class DatabaseLost {

	private DatabaseLost() {
	}

	public static boolean in(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
					|| t instanceof SQLRecoverableException || t instanceof ConnectException
					|| t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException) {
				return true;
			}
			// SQL state class 08: connection exception
			if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}

}
