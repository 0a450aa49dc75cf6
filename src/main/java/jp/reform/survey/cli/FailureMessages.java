package jp.reform.survey.cli;

import java.util.List;

import jp.reform.survey.store.DatabaseLost;

/**
 * One line a person can act on, from whatever made a run fail. A lost or unreachable database is
 * named as such, with what happens next; anything else gives its innermost message.
 */
final class FailureMessages {

	private FailureMessages() {
	}

	static String describe(List<Throwable> failures) {
		for (Throwable failure : failures) {
			if (DatabaseLost.in(failure)) {
				// the driver's own words (English) go to the debug log with the stack trace
				return "データベースに接続できないため、集計を中断しました。取り込み途中だったブックは"
						+ "取り消され、前回までの出力はそのまま残っています。データベースの復旧後に再実行すると、続きから処理します。";
			}
		}
		// A failed partition of the load step makes the step report only that a partition failed;
		// the partition's own failure, listed too, is the one a person can act on.
		return failures.stream()
			.filter(failure -> !String.valueOf(failure.getMessage()).startsWith("Partition handler returned"))
			.findFirst()
			.or(() -> failures.stream().findFirst())
			.map(FailureMessages::innermost)
			.orElse("原因不明の失敗です。ログを確認してください。");
	}

	static String describe(Throwable failure) {
		return describe(List.of(failure));
	}

	private static String innermost(Throwable failure) {
		Throwable t = failure;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		// no Java class name for the office: a failure without words is said as unexpected
		String message = t.getMessage() == null ? "予期しないエラーが発生しました（詳細はデバッグログにあります）" : t.getMessage();
		return message.strip().replaceAll("\\s+", " ");
	}

}
