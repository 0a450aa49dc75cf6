package jp.reform.survey.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Runs Flyway only when the store lacks a migration: every run of the nightly job starts here, and
 * Flyway's migrate (reading and checksumming every script, validating the history) is a noticeable
 * part of a start-up that should take a second. "Current" means the history table lists, as
 * succeeded, exactly the versioned scripts in the configured locations, by version and script name;
 * anything else — a new script, a failed entry, no history table, a kind of script this check does
 * not know — hands over to Flyway's full migrate, which validates as always.
 */
@Component
public final class CurrentSchemaCheck implements FlywayMigrationStrategy {

	private static final Logger log = LoggerFactory.getLogger(CurrentSchemaCheck.class);

	/** The script names Flyway gives versioned migrations by default: V1__what.sql, V2_1__what.sql. */
	private static final Pattern VERSIONED = Pattern.compile("V([0-9_.]+)__.+\\.sql");

	@Override
	public void migrate(Flyway flyway) {
		if (current(flyway)) {
			log.debug("Schema current: Flyway's migrate skipped");
			return;
		}
		try {
			flyway.migrate();
		}
		catch (FlywayException ex) {
			if (DatabaseLost.in(ex)) {
				throw ex;
			}
			throw new StoreSetupException(HalfMigratedStore.describe(flyway), ex);
		}
	}

	boolean current(Flyway flyway) {
		Set<String> scripts = scripts(flyway.getConfiguration().getLocations());
		if (scripts == null || scripts.isEmpty()) {
			return false;
		}
		Set<String> applied = applied(flyway.getConfiguration().getDataSource(),
				flyway.getConfiguration().getTable());
		return scripts.equals(applied);
	}

	/** "version script" of every versioned script in the locations; null when something else is there. */
	private static Set<String> scripts(Location[] locations) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Set<String> scripts = new TreeSet<>();
		try {
			for (Location location : locations) {
				if (!location.isClassPath()) {
					return null;
				}
				for (Resource resource : resolver.getResources("classpath*:" + location.getRootPath() + "/*")) {
					String name = resource.getFilename();
					Matcher versioned = name == null ? null : VERSIONED.matcher(name);
					if (versioned == null || !versioned.matches()) {
						return null;
					}
					scripts.add(versioned.group(1).replace('_', '.') + " " + name);
				}
			}
		}
		catch (IOException ex) {
			return null;
		}
		return scripts;
	}

	/** "version script" of every succeeded entry of the history table; null when it cannot be read. */
	private static Set<String> applied(DataSource dataSource, String table) {
		Set<String> applied = new TreeSet<>();
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT version, script, success, type FROM " + table)) {
			while (rows.next()) {
				String type = rows.getString(4);
				if ("TABLE".equals(type) || "SCHEMA".equals(type)) {
					continue; // Flyway's own markers: it made the history table or the schema
				}
				if (!rows.getBoolean(3) || !"SQL".equals(type) || rows.getString(1) == null) {
					return null;
				}
				applied.add(rows.getString(1) + " " + rows.getString(2));
			}
		}
		catch (SQLException ex) {
			return null;
		}
		return applied;
	}

}
