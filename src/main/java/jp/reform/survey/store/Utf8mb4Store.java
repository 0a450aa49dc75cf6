package jp.reform.survey.store;

import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Makes a MariaDB store utf8mb4 whatever the server's default, once the schema is migrated and
 * before any run: upstream MariaDB defaults to latin1, {@code createDatabaseIfNotExist} takes that
 * default, and a latin1 table refuses Japanese (「Incorrect string value」) in the first run and in
 * every rerun. The database's default and every table not yet utf8mb4 are converted (one query
 * when there is nothing to do); the server's settings are left as they are.
 */
@Component
class Utf8mb4Store implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(Utf8mb4Store.class);

	private static final String COLLATION = "utf8mb4_unicode_ci";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	Utf8mb4Store(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!mariaDb()) {
			return;
		}
		List<String> tables = jdbc.sql("""
				SELECT TABLE_NAME FROM information_schema.TABLES
				WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND TABLE_COLLATION NOT LIKE 'utf8mb4%'""")
			.query(String.class)
			.list();
		String databaseCharset = jdbc.sql("SELECT @@character_set_database").query(String.class).single();
		if (tables.isEmpty() && "utf8mb4".equals(databaseCharset)) {
			return;
		}
		log.info("データベースの文字コードが {} のため utf8mb4 に変更します（サーバーの既定は変更しません）。変換する表: {} 件",
				databaseCharset, tables.size());
		jdbc.sql("ALTER DATABASE CHARACTER SET utf8mb4 COLLATE " + COLLATION).update();
		for (String table : tables) {
			jdbc.sql("ALTER TABLE `" + table.replace("`", "``") + "` CONVERT TO CHARACTER SET utf8mb4 COLLATE "
					+ COLLATION).update();
		}
	}

	private boolean mariaDb() {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
			return product.toLowerCase(Locale.ROOT).contains("mariadb")
					|| product.toLowerCase(Locale.ROOT).contains("mysql");
		}
		catch (Exception ex) {
			// unreachable: the run says so in its own words
			return false;
		}
	}

}
