package jp.reform.survey.batch;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the test's own — its own data directory, port and socket — that the test may
 * kill and restart without disturbing the machine's server. Uses the installed server binaries
 * (Debian's mariadb-server: {@code /usr/sbin/mariadbd}, {@code mariadb-install-db}).
 */
final class ThrowawayMariaDb implements AutoCloseable {

	private static final Path SERVER = Path.of(System.getProperty("reform.test.mariadbd", "/usr/sbin/mariadbd"));

	private final Path dir;

	private final int port;

	private final String characterSet;

	private Process server;

	private ThrowawayMariaDb(Path dir, int port, String characterSet) {
		this.dir = dir;
		this.port = port;
		this.characterSet = characterSet;
	}

	/** Initialises a data directory under {@code dir} and starts the server on a free port. */
	static ThrowawayMariaDb start(Path dir) throws IOException, InterruptedException {
		return start(dir, "utf8mb4");
	}

	/**
	 * As {@link #start(Path)}, with this server default character set ({@code latin1} or {@code utf8mb4}; {@code latin1} is upstream
	 * MariaDB's default, and many servers keep it).
	 */
	static ThrowawayMariaDb start(Path dir, String characterSet) throws IOException, InterruptedException {
		if (!Files.isExecutable(SERVER)) {
			throw new IllegalStateException(SERVER + " is required for this test (Debian: apt-get install mariadb-server)");
		}
		Path data = Files.createDirectories(dir.resolve("data"));
		Process install = new ProcessBuilder(installer(), "--no-defaults", "--datadir=" + data,
				"--auth-root-authentication-method=normal", "--skip-test-db", "--user=" + System.getProperty("user.name"))
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("install.log").toFile())
			.start();
		if (!install.waitFor(60, TimeUnit.SECONDS) || install.exitValue() != 0) {
			throw new IllegalStateException("mariadb-install-db failed:\n" + Files.readString(dir.resolve("install.log")));
		}
		ThrowawayMariaDb db = new ThrowawayMariaDb(dir, freePort(), characterSet);
		db.startServer();
		return db;
	}

	int port() {
		return port;
	}

	String url(String database) {
		return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
	}

	void createDatabase(String database) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url(""), "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
	}

	/** The server going away as in a crash or a pulled cable: SIGKILL, no shutdown. */
	void kill() throws InterruptedException {
		server.destroyForcibly();
		server.waitFor();
	}

	/** Starts the server again on the same data directory and port (InnoDB recovers on its own). */
	void restart() throws IOException, InterruptedException {
		startServer();
	}

	@Override
	public void close() throws InterruptedException {
		if (server != null && server.isAlive()) {
			kill();
		}
	}

	private void startServer() throws IOException, InterruptedException {
		Path data = dir.resolve("data");
		server = new ProcessBuilder(SERVER.toString(), "--no-defaults", "--datadir=" + data, "--port=" + port,
				"--bind-address=127.0.0.1", "--socket=" + dir.resolve("mysqld.sock"),
				"--pid-file=" + dir.resolve("mysqld.pid"), "--user=" + System.getProperty("user.name"),
				"--skip-grant-tables", "--skip-log-bin", "--innodb-buffer-pool-size=32M", "--character-set-server=" + characterSet,
				"--collation-server=" + (characterSet.equals("latin1") ? "latin1_swedish_ci" : "utf8mb4_unicode_ci"))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()))
			.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			if (!server.isAlive()) {
				throw new IllegalStateException("mariadbd exited:\n"
						+ Files.readString(dir.resolve("server.log"), StandardCharsets.UTF_8));
			}
			try (Connection connection = DriverManager.getConnection(url(""), "root", "")) {
				return;
			}
			catch (SQLException notYet) {
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("mariadbd did not accept connections within 60 s");
	}

	private static String installer() {
		for (String candidate : List.of("/usr/bin/mariadb-install-db", "/usr/bin/mysql_install_db")) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		return "mariadb-install-db";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
