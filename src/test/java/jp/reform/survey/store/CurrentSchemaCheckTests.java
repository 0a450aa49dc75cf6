package jp.reform.survey.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The start-up's schema check on a real embedded database with the product's own migrations: it
 * lets Flyway migrate whenever the history is not exactly the shipped scripts, and only then.
 */
class CurrentSchemaCheckTests {

	@TempDir
	Path work;

	private Flyway flyway;

	private JdbcClient jdbc;

	private final CurrentSchemaCheck check = new CurrentSchemaCheck();

	@BeforeEach
	void database() throws Exception {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:file:" + work.resolve("reform") + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"sa", "");
		// as application.yml configures it for the embedded database
		flyway = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.load();
		jdbc = JdbcClient.create(dataSource);
	}

	@Test
	void aFreshDatabaseIsMigratedAndThenCurrent() {
		assertThat(check.current(flyway)).as("no history table yet").isFalse();

		check.migrate(flyway);

		assertThat(jdbc.sql("SELECT COUNT(*) FROM run_lock").query(Integer.class).single()).isPositive();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success AND type = 'SQL'").query(Integer.class).single())
			.isEqualTo(flyway.info().all().length);
		assertThat(check.current(flyway)).isTrue();
	}

	@Test
	void aMissingMigrationIsAppliedByFlyway() {
		org.flywaydb.core.api.MigrationInfo[] all = flyway.info().all();
		String last = all[all.length - 1].getScript();
		// a store a build behind: every migration but the last applied
		Flyway.configure()
			.configuration(flyway.getConfiguration())
			.target(all[all.length - 2].getVersion())
			.load()
			.migrate();
		assertThat(check.current(flyway)).isFalse();

		check.migrate(flyway);

		assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success AND script = ?")
			.param(last)
			.query(Integer.class)
			.single()).as("applied by Flyway").isEqualTo(1);
		assertThat(check.current(flyway)).isTrue();
	}

	@Test
	void aFailedEntryIsNotCurrent() {
		check.migrate(flyway);
		jdbc.sql("UPDATE flyway_schema_history SET success = FALSE WHERE installed_rank = 1").update();

		assertThat(check.current(flyway)).isFalse();
	}

	@Test
	void aHistoryFromOtherScriptsIsNotCurrent() {
		check.migrate(flyway);
		jdbc.sql("UPDATE flyway_schema_history SET script = 'V1__renamed.sql' WHERE installed_rank = 1").update();

		assertThat(check.current(flyway)).isFalse();
	}

}
