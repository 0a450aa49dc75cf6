package jp.reform.survey;

import jp.reform.survey.store.DatabaseLost;
import jp.reform.survey.store.StoreSetupException;

import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.WebServerException;

/**
 * Why the application could not start, in one line: an unreachable database, and in service mode a
 * port or address the trigger cannot listen on, are said as such; a store left half-created says how
 * to recover.
 */
final class StartupFailure {

	private StartupFailure() {
	}

	static String describe(Throwable failure) {
		Throwable innermost = failure;
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof PortInUseException inUse) {
				return "随時実行の受付（HTTP）を開始できません: ポート " + inUse.getPort() + " は別のプログラムが使用中です。"
						+ "別のポートを reform.trigger.port（REFORM_TRIGGER_PORT）で指定するか、そのプログラムを止めてください。";
			}
			if (t instanceof StoreSetupException setup) {
				return setup.getMessage();
			}
			innermost = t;
		}
		if (DatabaseLost.in(failure)) {
			// the driver's own words (English) go to the debug log with the stack trace
			return "データベースに接続できません。接続先（spring.datasource.url など）とデータベースの稼働を確認してください。";
		}
		String message = innermost.getMessage() == null ? "予期しないエラーが発生しました（詳細はデバッグログにあります）"
				: innermost.getMessage().strip().replaceAll("\\s+", " ");
		if (failure instanceof WebServerException) {
			return "随時実行の受付（HTTP）を開始できません（" + message + "）。reform.trigger.address と reform.trigger.port "
					+ "（REFORM_TRIGGER_ADDRESS、REFORM_TRIGGER_PORT）を確認してください。";
		}
		return message;
	}

}
