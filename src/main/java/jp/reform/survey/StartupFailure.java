package jp.reform.survey;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.WebServerException;

/**
 * Why the application could not start, in one line: an unreachable database, and in service mode a
 * port or address the trigger cannot listen on, are said as such.
 */
final class StartupFailure {

	private StartupFailure() {
	}

	static String describe(Throwable failure) {
		Throwable innermost = failure;
		boolean database = false;
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof PortInUseException inUse) {
				return "随時実行の受付（HTTP）を開始できません: ポート " + inUse.getPort() + " は別のプログラムが使用中です。"
						+ "別のポートを reform.trigger.port（REFORM_TRIGGER_PORT）で指定するか、そのプログラムを止めてください。";
			}
			database |= t instanceof ConnectException || t instanceof SQLTransientConnectionException
					|| t instanceof SQLNonTransientConnectionException
					|| t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
			innermost = t;
		}
		String message = innermost.getMessage() == null ? innermost.getClass().getSimpleName()
				: innermost.getMessage().strip().replaceAll("\\s+", " ");
		if (database) {
			return "データベースに接続できません（" + message + "）。接続先（spring.datasource.url など）と"
					+ "データベースの稼働を確認してください。";
		}
		if (failure instanceof WebServerException) {
			return "随時実行の受付（HTTP）を開始できません（" + message + "）。reform.trigger.address と reform.trigger.port "
					+ "（REFORM_TRIGGER_ADDRESS、REFORM_TRIGGER_PORT）を確認してください。";
		}
		return message;
	}

}
