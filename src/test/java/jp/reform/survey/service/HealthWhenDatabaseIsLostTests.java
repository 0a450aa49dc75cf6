package jp.reform.survey.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service's database is a real server (H2 over TCP) that goes away while the service is up: the
 * health endpoint turns DOWN with 503, naming the database and the run lock, within seconds, and
 * {@code /status} says in Japanese that it cannot read the state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "reform.mode=service", "spring.datasource.hikari.connection-timeout=1000" })
@DirtiesContext
class HealthWhenDatabaseIsLostTests {

	private static Server database;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void databaseServer(DynamicPropertyRegistry registry) throws Exception {
		int databasePort;
		try (ServerSocket free = new ServerSocket(0)) {
			databasePort = free.getLocalPort();
		}
		database = Server.createTcpServer("-tcpPort", String.valueOf(databasePort), "-ifNotExists").start();
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:tcp://127.0.0.1:" + databasePort + "/mem:health-lost;DB_CLOSE_DELAY=-1");
		Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "health-lost-");
		registry.add("reform.inbox", () -> work.resolve("inbox").toString());
		registry.add("reform.output", () -> work.resolve("output").toString());
	}

	@AfterAll
	static void stopDatabase() {
		database.stop();
	}

	@Test
	void theHealthTurnsDownWhenTheDatabaseIsLost() throws Exception {
		HttpResponse<String> before = get("/actuator/health");
		assertThat(before.statusCode()).isEqualTo(200);
		assertThat(JsonPath.parse(before.body()).read("$.status", String.class)).isEqualTo("UP");

		database.stop();
		long start = System.nanoTime();
		HttpResponse<String> lost = get("/actuator/health");
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(lost.statusCode()).isEqualTo(503);
		DocumentContext json = JsonPath.parse(lost.body());
		assertThat(json.read("$.status", String.class)).isEqualTo("DOWN");
		assertThat(json.read("$.components.db.status", String.class)).isEqualTo("DOWN");
		assertThat(json.read("$.components.runLock.status", String.class)).isEqualTo("DOWN");
		assertThat(json.read("$.components.runLock.details.error", String.class)).isNotBlank();
		assertThat(took).as("one connection timeout (1 s) per component, not a hang").isLessThan(Duration.ofSeconds(8));

		HttpResponse<String> status = get("/status");
		assertThat(status.statusCode()).isEqualTo(503);
		assertThat(status.body()).startsWith("状態を読めません（データベースに接続できない可能性があります）");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
