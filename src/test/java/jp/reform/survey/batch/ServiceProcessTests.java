package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jp.reform.survey.report.ReportWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar's main in service mode, in a process of its own: it stays up after start-up,
 * runs when triggered, and ends when stopped the way systemd or Ctrl+C stop it (SIGTERM).
 */
class ServiceProcessTests {

	@TempDir
	Path work;

	@Test
	void inServiceModeTheProcessStaysUpRunsOnDemandAndStopsOnSigterm() throws Exception {
		Path inbox = TestData.copyShippedInbox(work.resolve("inbox"), 3);
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ChildProcess service = ChildProcess.start(work.resolve("service.log"), List.of("--mode=service",
				"--inbox=" + inbox, "--output=" + work.resolve("out"), "--reform.trigger.port=" + port,
				"--spring.datasource.url=jdbc:h2:file:" + work.resolve("db/reform")
						+ ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
		try {
			service.awaitLog("常駐モードで待機します。定期実行「0 0 2 * * *」（Asia/Tokyo）", Duration.ofSeconds(60));
			service.awaitLog("随時実行の受付: curl -X POST http://127.0.0.1:" + port + "/run", Duration.ofSeconds(10));

			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/run"))
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());

			assertThat(response.statusCode()).isEqualTo(202);
			service.awaitLog("随時実行の集計: 完了。次回の定期実行", Duration.ofSeconds(60));
			assertThat(work.resolve("out").resolve(ReportWriter.SUMMARY)).exists();
			assertThat(service.alive()).as("still up after the run").isTrue();
		}
		finally {
			int exit = service.terminate(Duration.ofSeconds(60));
			assertThat(exit).as(service.log()).isIn(0, 143);
		}
		assertThat(service.log()).doesNotContain("ERROR");
	}

	/**
	 * A one-shot run starts from the context the build generated (Spring AOT), which has no server;
	 * service mode given only in a settings file, where main cannot see it, still gets its own.
	 */
	@Test
	void serviceModeGivenInASettingsFileStartsTheServiceNotTheOneShotContext() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path settings = Files.writeString(work.resolve("reform.yml"), "reform:\n  mode: service\n");
		ChildProcess service = ChildProcess.start(work.resolve("service.log"), List.of(
				"--spring.config.additional-location=file:" + settings, "--inbox=" + work.resolve("inbox"),
				"--output=" + work.resolve("out"), "--reform.trigger.port=" + port,
				"--spring.datasource.url=jdbc:h2:file:" + work.resolve("db/reform")
						+ ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
		try {
			service.awaitLog("随時実行の受付: curl -X POST http://127.0.0.1:" + port + "/run", Duration.ofSeconds(60));
			HttpResponse<String> health = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
		}
		finally {
			int exit = service.terminate(Duration.ofSeconds(60));
			assertThat(exit).as(service.log()).isIn(0, 143);
		}
		assertThat(service.log()).contains("Starting ReformSurveyApplication").doesNotContain("AOT-processed");
	}

}
