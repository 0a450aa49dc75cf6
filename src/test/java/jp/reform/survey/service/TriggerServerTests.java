package jp.reform.survey.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jp.reform.survey.store.RunHistoryRepository;
import jp.reform.survey.store.RunRecord;
import jp.reform.survey.store.RunTrigger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Clients that stall or send garbage, on real sockets against the service's real web server: a
 * request whose headers never end, a hundred of them, and 4 KB of random bytes. None of them may
 * hold up {@code /status} or {@code /run} (each answers within 2 s) or the schedule (every 2 s
 * here, on an empty inbox).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "reform.mode=service", "reform.schedule.cron=*/2 * * * * *",
				"spring.datasource.url=jdbc:h2:mem:trigger-server;DB_CLOSE_DELAY=-1" })
@DirtiesContext
class TriggerServerTests {

	private static final Path WORK = temporaryFolder();

	/** What the server may take to answer while stalled clients hold their connections. */
	private static final Duration PROMPT = Duration.ofSeconds(2);

	/** A half-sent request: the request line and a header, never the blank line that ends them. */
	private static final byte[] HALF_OPEN = "GET /status HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: stalled\r\n"
		.getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	RunHistoryRepository history;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROMPT).build();

	private final List<Socket> stalled = new ArrayList<>();

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) throws IOException {
		Path inbox = Files.createDirectories(WORK.resolve("inbox"));
		registry.add("reform.inbox", inbox::toString);
		registry.add("reform.output", () -> WORK.resolve("output").toString());
	}

	@BeforeEach
	void serverIsWarm() throws Exception {
		// the first request initialises Spring MVC's dispatcher; that is not what is measured here
		assertThat(send("GET", "/status").statusCode()).isEqualTo(200);
	}

	@AfterEach
	void closeStalled() throws IOException {
		for (Socket socket : stalled) {
			socket.close();
		}
	}

	@Test
	void oneHalfOpenRequestHoldsUpNeitherStatusNorRun() throws Exception {
		halfOpen(1);

		assertAnswersPromptly("GET", "/status", 200);
		assertAnswersPromptly("POST", "/run", 202, 409);
		assertAnswersPromptly("GET", "/actuator/health", 200);
	}

	@Test
	void aHundredHalfOpenRequestsHoldUpNeitherStatusNorTheSchedule() throws Exception {
		LocalDateTime opened = LocalDateTime.now().withNano(0);
		halfOpen(100);

		assertAnswersPromptly("GET", "/status", 200);
		assertAnswersPromptly("POST", "/run", 202, 409);
		RunRecord scheduled = awaitScheduledRunSince(opened, Duration.ofSeconds(15));
		assertThat(scheduled.trigger()).isEqualTo(RunTrigger.SCHEDULE);
		assertThat(stalled).as("the connections were still held open").allMatch(socket -> !socket.isClosed());
		assertAnswersPromptly("GET", "/status", 200);
	}

	@Test
	void theServerDropsAStalledRequestAfterItsConnectionTimeout() throws Exception {
		halfOpen(1);
		Socket socket = stalled.get(0);
		socket.setSoTimeout(10_000);
		long start = System.nanoTime();

		String answer = readAnswer(socket);

		Duration waited = Duration.ofNanos(System.nanoTime() - start);
		// server.tomcat.connection-timeout is 5 s: then the connection is closed (or refused with a 4xx)
		assertThat(answer).satisfiesAnyOf(text -> assertThat(text).isEmpty(),
				text -> assertThat(text).startsWith("HTTP/1.1 4"));
		assertThat(waited).isGreaterThan(Duration.ofSeconds(3)).isLessThan(Duration.ofSeconds(9));
	}

	@Test
	void fourKilobytesOfRandomBytesGetA400OrAClosedConnectionPromptly() throws Exception {
		halfOpen(10);
		for (long seed = 1; seed <= 5; seed++) {
			byte[] garbage = new byte[4096];
			new Random(seed).nextBytes(garbage);
			try (Socket socket = connect()) {
				socket.setSoTimeout((int) PROMPT.toMillis());
				long start = System.nanoTime();
				try {
					socket.getOutputStream().write(garbage);
					socket.getOutputStream().flush();
				}
				catch (SocketException ex) {
					// the server may close the connection while the rest is still being written
				}

				String answer = readAnswer(socket);

				assertThat(answer).as("seed %d", seed)
					.satisfiesAnyOf(text -> assertThat(text).isEmpty(),
							text -> assertThat(text).startsWith("HTTP/1.1 400"));
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PROMPT);
			}
			assertAnswersPromptly("GET", "/status", 200);
		}
	}

	private void halfOpen(int count) throws IOException {
		for (int i = 0; i < count; i++) {
			Socket socket = connect();
			stalled.add(socket);
			OutputStream out = socket.getOutputStream();
			out.write(HALF_OPEN);
			out.flush();
		}
	}

	private Socket connect() throws IOException {
		Socket socket = new Socket();
		socket.connect(new InetSocketAddress("127.0.0.1", port), (int) PROMPT.toMillis());
		return socket;
	}

	/** The status line the server sent before closing, or "" when it closed (or reset) without one. */
	private static String readAnswer(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		StringBuilder line = new StringBuilder();
		try {
			for (int c = in.read(); c >= 0 && c != '\r' && c != '\n'; c = in.read()) {
				line.append((char) c);
			}
		}
		catch (SocketTimeoutException ex) {
			throw new AssertionError("no answer and the connection still open after " + socket.getSoTimeout() + " ms",
					ex);
		}
		catch (SocketException ex) {
			// connection reset: closed without an answer
		}
		return line.toString();
	}

	private void assertAnswersPromptly(String method, String path, Integer... statuses) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = send(method, path);
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(response.statusCode()).as("%s %s", method, path).isIn((Object[]) statuses);
		assertThat(took).as("%s %s", method, path).isLessThan(PROMPT);
	}

	private RunRecord awaitScheduledRunSince(LocalDateTime since, Duration patience) throws InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (System.nanoTime() < deadline) {
			for (RunRecord run : history.recent(10)) {
				if (run.trigger() == RunTrigger.SCHEDULE && !run.startedAt().isBefore(since)) {
					return run;
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no scheduled run started within " + patience + " of opening the connections");
	}

	private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(PROMPT.multipliedBy(5))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "trigger-server-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
