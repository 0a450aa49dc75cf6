package jp.reform.survey.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * What to tell the office when a migration failed part-way: the embedded H2 store and MariaDB do
 * not undo the tables a failed script already made, so the store is left half-created and every
 * later run stops at Flyway's validation. The message names the migration, what is left and how
 * to start afresh: which files of the embedded store to remove (or another folder with
 * {@code --reform.db.path}), or which MariaDB database to drop and create again.
 */
final class HalfMigratedStore {

	private static final String H2 = "jdbc:h2:";

	private HalfMigratedStore() {
	}

	static String describe(Flyway flyway) {
		MigrationInfo[] all = migrations(flyway);
		String failed = Arrays.stream(all)
			.filter(m -> m.getState() == MigrationState.FAILED)
			.findFirst()
			.map(m -> "V" + m.getVersion() + " " + m.getDescription())
			.orElse(null);
		boolean fresh = Arrays.stream(all).noneMatch(m -> m.getState().isApplied() && !m.getState().isFailed());
		String what = (fresh ? "データベースの作成" : "データベースの更新") + "が途中で失敗し"
				+ (failed == null ? "" : "（移行 " + failed + "）") + "、作りかけのデータベースが残っています。このままでは次の実行も同じところで止まります。";
		String url = url(flyway);
		Optional<Path> embedded = embeddedFile(url);
		if (embedded.isPresent()) {
			Path file = embedded.get();
			String files = file + ".mv.db（同じフォルダの " + file.getFileName() + ".trace.db も）";
			return what + (fresh ? "中身はまだありません。" + files + " を削除してから再実行してください。"
					: "バックアップから " + files + " を戻して再実行するか、" + files + " を別の場所へ移してから再実行してください"
							+ "（新しいデータベースを受信フォルダのファイルから作り直します。実行履歴などは引き継がれません）。")
					+ "接続先を --spring.datasource.url で指定している場合、MODE などの H2 の設定は書かないでください（必要な設定は自動で付きます）。"
					+ "別のフォルダに新しく作るには --reform.db.path=フォルダ を指定します。";
		}
		String database = url == null ? "接続先のデータベース" : "接続先のデータベース（" + url + "）";
		return what + (fresh ? database + " を削除し、CHARACTER SET utf8mb4 で作り直してから再実行してください。"
				: "バックアップから " + database + " を戻して再実行してください。");
	}

	/** The store's file without its extension (…/reform), for an embedded H2 file database. */
	static Optional<Path> embeddedFile(String url) {
		if (url == null || !url.regionMatches(true, 0, H2, 0, H2.length())) {
			return Optional.empty();
		}
		String rest = url.substring(H2.length());
		int options = rest.indexOf(';');
		rest = options < 0 ? rest : rest.substring(0, options);
		String upper = rest.toUpperCase(Locale.ROOT);
		if (upper.startsWith("MEM:") || upper.startsWith("TCP:") || upper.startsWith("SSL:") || upper.startsWith("ZIP:")) {
			return Optional.empty();
		}
		rest = upper.startsWith("FILE:") ? rest.substring("file:".length()) : rest;
		if (rest.startsWith("~")) {
			rest = System.getProperty("user.home") + rest.substring(1);
		}
		return Optional.of(Path.of(rest).toAbsolutePath().normalize());
	}

	private static MigrationInfo[] migrations(Flyway flyway) {
		try {
			return flyway.info().all();
		}
		catch (RuntimeException unreadable) {
			return new MigrationInfo[0];
		}
	}

	private static String url(Flyway flyway) {
		try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
			return connection.getMetaData().getURL();
		}
		catch (SQLException | RuntimeException unreachable) {
			return null;
		}
	}

}
