package jp.reform.survey.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import jp.reform.survey.lock.RunLease;
import jp.reform.survey.lock.RunLock;
import jp.reform.survey.report.ReportWriter;
import jp.reform.survey.store.RunHistoryRepository;
import jp.reform.survey.store.RunOutcome;
import jp.reform.survey.store.RunRecord;
import jp.reform.survey.store.RunTrigger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Service mode in one application context: nothing runs at start-up, a run is triggered over
 * HTTP on the local machine and is recorded like any other; a second trigger while it runs is
 * refused; the health endpoint shows the database and the run lock, and Actuator exposes nothing else.
 * (The schedule itself is covered by {@link NightlyServiceTests}, stalled clients by
 * {@link TriggerServerTests}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "reform.mode=service",
		"spring.datasource.url=jdbc:h2:mem:service;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
				+ "DB_CLOSE_DELAY=-1" })
@DirtiesContext
class ServiceModeTests {

	private static final Path WORK = temporaryFolder();

	@LocalServerPort
	int port;

	@Autowired
	NightlyService service;

	@Autowired
	RunHistoryRepository history;

	@Autowired
	RunLock lock;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) throws IOException {
		Path inbox = Files.createDirectories(WORK.resolve("inbox"));
		try (var files = Files.list(Path.of("inbox"))) {
			for (Path file : files.sorted().limit(12).toList()) {
				Files.copy(file, inbox.resolve(file.getFileName().toString()));
			}
		}
		registry.add("reform.inbox", inbox::toString);
		registry.add("reform.output", () -> WORK.resolve("output").toString());
	}

	@Test
	void aRunTriggeredOverHttpRunsOnceAndIsRecorded() throws Exception {
		assertThat(history.recent(10)).as("service mode runs nothing at start-up").isEmpty();

		HttpResponse<String> accepted = send("POST", "/run");
		HttpResponse<String> refused = send("POST", "/run");

		assertThat(accepted.statusCode()).isEqualTo(202);
		assertThat(accepted.body()).contains("受け付けました");
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("実行中");
		RunRecord run = awaitFinishedRun();
		assertThat(run.trigger()).isEqualTo(RunTrigger.ON_DEMAND);
		assertThat(run.outcome()).isEqualTo(RunOutcome.COMPLETED);
		assertThat(run.filesLoaded()).isEqualTo(12);
		assertThat(WORK.resolve("output").resolve(ReportWriter.SUMMARY)).exists();

		// the history row is finished a moment before the service is free again
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (service.busy() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		HttpResponse<String> status = send("GET", "/status");
		assertThat(status.statusCode()).isEqualTo(200);
		assertThat(status.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type.replace(" ", "")).isEqualToIgnoringCase("text/plain;charset=UTF-8"));
		assertThat(status.body()).contains("状態: 待機中", "次回の定期実行:", "随時実行  完了", "ファイル 12 件（取込 12");
	}

	@Test
	void theTriggerOnlyAcceptsPost() throws Exception {
		HttpResponse<String> response = send("GET", "/run");

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
	}

	@Test
	void theHealthEndpointShowsTheDatabaseAndAFreeRunLock() throws Exception {
		HttpResponse<String> health = send("GET", "/actuator/health");

		assertThat(health.statusCode()).isEqualTo(200);
		DocumentContext json = JsonPath.parse(health.body());
		assertThat(json.read("$.status", String.class)).isEqualTo("UP");
		assertThat(json.read("$.components", Map.class)).containsOnlyKeys("db", "runLock");
		assertThat(json.read("$.components.db.status", String.class)).isEqualTo("UP");
		assertThat(json.read("$.components.db.details.database", String.class)).isEqualTo("H2");
		assertThat(json.read("$.components.runLock.status", String.class)).isEqualTo("UP");
		assertThat(json.read("$.components.runLock.details.state", String.class)).isEqualTo("free");
	}

	@Test
	void whileARunHoldsTheLockTheHealthSaysWhoAndStaysUp() throws Exception {
		try (RunLease lease = lock.acquire()) {
			HttpResponse<String> health = send("GET", "/actuator/health");

			assertThat(health.statusCode()).as("a run in progress is no fault").isEqualTo(200);
			DocumentContext json = JsonPath.parse(health.body());
			assertThat(json.read("$.status", String.class)).isEqualTo("UP");
			assertThat(json.read("$.components.runLock.status", String.class)).isEqualTo("UP");
			assertThat(json.read("$.components.runLock.details.state", String.class)).isEqualTo("running");
			assertThat(json.read("$.components.runLock.details.holder", String.class))
				.isEqualTo(lock.self().label())
				.contains("PID " + ProcessHandle.current().pid());
			assertThat(json.read("$.components.runLock.details.thisProcess", Boolean.class)).isTrue();
			assertThat(json.read("$.components.runLock.details.staleAfterSeconds", Integer.class)).isEqualTo(120);
		}
		HttpResponse<String> after = send("GET", "/actuator/health");
		assertThat(JsonPath.parse(after.body()).read("$.components.runLock.details.state", String.class))
			.isEqualTo("free");
	}

	@Test
	void actuatorExposesNothingButHealth() throws Exception {
		for (String endpoint : List.of("env", "beans", "configprops", "info", "loggers", "heapdump", "threaddump",
				"mappings", "metrics", "shutdown")) {
			assertThat(send("GET", "/actuator/" + endpoint).statusCode()).as(endpoint).isEqualTo(404);
		}
		assertThat(send("POST", "/actuator/shutdown").statusCode()).isIn(404, 405);
	}

	private RunRecord awaitFinishedRun() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			List<RunRecord> runs = history.recent(1);
			if (!runs.isEmpty() && runs.get(0).outcome() != RunOutcome.RUNNING) {
				return runs.get(0);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no run finished within 60 s");
	}

	private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "service-mode-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
