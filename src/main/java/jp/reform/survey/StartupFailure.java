package jp.reform.survey;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Why the application could not start, in one line: an unreachable database is said as such. */
final class StartupFailure {

	private StartupFailure() {
	}

	static String describe(Throwable failure) {
		Throwable innermost = failure;
		boolean database = false;
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			database |= t instanceof ConnectException || t instanceof SQLTransientConnectionException
					|| t instanceof SQLNonTransientConnectionException
					|| t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
			innermost = t;
		}
		String message = innermost.getMessage() == null ? innermost.getClass().getSimpleName()
				: innermost.getMessage().strip().replaceAll("\\s+", " ");
		return database ? "データベースに接続できません（" + message + "）。接続先（spring.datasource.url など）と"
				+ "データベースの稼働を確認してください。" : message;
	}

}
