package jp.reform.survey.store;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

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
			// a commit that failed on a lost connection, then its rollback too: the pool has closed the
			// broken connection, and the rollback's failure ("Connection is closed", no SQL state) is what
			// is thrown; a transaction the driver cannot end is one whose connection is gone
			if (t instanceof TransactionSystemException && t.getCause() instanceof SQLException) {
				return true;
			}
			// SQL state class 08: connection exception
			if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What to tell the office about a failed database operation, in Japanese: whether the database
	 * is unreachable, or else that the debug log (which gets the exception) has the details.
	 */
	public static String reason(Throwable failure) {
		return in(failure) ? "データベースに接続できません" : "データベースの操作に失敗しました。詳細はデバッグログにあります";
	}

}
