package jp.reform.survey.batch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh database on the machine's MariaDB server (127.0.0.1:3306, root, empty password; CI
 * starts it). When the server is unreachable this throws, so the test fails instead of skipping.
 */
final class MariaDbTestDatabase {

	static final String SERVER = System.getProperty("reform.test.mariadb", "jdbc:mariadb://127.0.0.1:3306/");

	private MariaDbTestDatabase() {
	}

	/**
	 * Registers a fresh database named after {@code base} and this checkout, so two checkouts testing
	 * on one machine at once never share a database.
	 */
	static void register(DynamicPropertyRegistry registry, String base) {
		String database = name(base);
		recreate(database);
		registry.add("spring.datasource.url", () -> SERVER + database);
		registry.add("spring.datasource.username", () -> "root");
		registry.add("spring.datasource.password", () -> "");
	}

	/** {@code base} and a suffix of this checkout, so two checkouts testing on one machine never share a database. */
	static String name(String base) {
		return base + "_" + Integer.toHexString(java.nio.file.Path.of("").toAbsolutePath().hashCode() & 0xffff);
	}

	static void recreate(String database) {
		try (Connection connection = DriverManager.getConnection(SERVER, "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database);
			statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("MariaDB at " + SERVER + " is required for this test and is not reachable"
					+ " (CI starts it; locally: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd)",
					ex);
		}
	}

}
