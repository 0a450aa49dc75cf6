package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import jp.reform.survey.cli.ConsolidationCommand;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A MariaDB server of its own started with upstream's default character set, latin1, as many
 * servers are: the store the application creates there holds Japanese all the same.
 */
class MariaDbServerDefaultsTests {

	private static final Duration RUN_TIMEOUT = Duration.ofSeconds(180);

	@TempDir
	Path work;

	@Test
	void aLatin1ServerGetsAUtf8mb4StoreAndThePublishedFigures() throws Exception {
		try (ThrowawayMariaDb server = ThrowawayMariaDb.start(Files.createDirectories(work.resolve("mariadb")), "latin1")) {
			String url = server.url("reform") + "?createDatabaseIfNotExist=true";
			Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), Integer.MAX_VALUE);
			Path output = work.resolve("out");
			ChildProcess run = ChildProcess.start(work.resolve("run.log"), List.of("--inbox=" + inbox,
					"--output=" + output, "--spring.datasource.url=" + url, "--spring.datasource.username=root",
					"--spring.datasource.password="));

			assertThat(run.exitCode(RUN_TIMEOUT)).as(run.log()).isEqualTo(ConsolidationCommand.OK);
			new PublishedTableAssertions().assertAll(output);
			try (Connection connection = DriverManager.getConnection(server.url("reform"), "root", "");
					Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT @@character_set_server, @@character_set_database")) {
				rs.next();
				assertThat(rs.getString(1)).as("the server's default stays as it is").isEqualTo("latin1");
				assertThat(rs.getString(2)).isEqualTo("utf8mb4");
			}
		}
	}

}
