package jp.reform.survey.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jp.reform.survey.store.RunHistoryRepository;
import jp.reform.survey.store.RunRecord;
import jp.reform.survey.store.RunTrigger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * On-demand runs while the service is up, with no web server: the JDK's small HTTP server on the
 * local machine only (127.0.0.1 by default).
 * <ul>
 * <li>{@code POST /run} — 202 when a run is queued, 409 when one is already running or queued</li>
 * <li>{@code GET /status} — whether a run is in progress, the next scheduled run, the recent runs</li>
 * </ul>
 */
public class TriggerEndpoint implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TriggerEndpoint.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final NightlyService service;

	private final RunHistoryRepository history;

	private final ServiceProperties.Trigger settings;

	private HttpServer server;

	private ExecutorService handlers;

	TriggerEndpoint(NightlyService service, RunHistoryRepository history, ServiceProperties.Trigger settings) {
		this.service = service;
		this.history = history;
		this.settings = settings;
	}

	@Override
	public synchronized void start() {
		if (settings.port() < 0) {
			log.info("随時実行の受付（HTTP）は無効です（reform.trigger.port が負の値）。");
			return;
		}
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(settings.address()), settings.port()),
					0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("随時実行の受付を開始できません（" + settings.address() + ":" + settings.port()
					+ "）: " + ex.getMessage(), ex);
		}
		handlers = Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "trigger-http");
			thread.setDaemon(true);
			return thread;
		});
		server.setExecutor(handlers);
		server.createContext("/run", this::run);
		server.createContext("/status", this::status);
		server.start();
		log.info("随時実行の受付: curl -X POST http://{}:{}/run（状態は GET /status）", settings.address(), port());
	}

	@Override
	public synchronized void stop() {
		if (server != null) {
			server.stop(0);
			handlers.shutdownNow();
			server = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return server != null;
	}

	/** The port actually listened on (the configured one, or the free one picked for port 0); -1 when off. */
	public synchronized int port() {
		return server == null ? -1 : server.getAddress().getPort();
	}

	private void run(HttpExchange exchange) throws IOException {
		if (!"POST".equals(exchange.getRequestMethod())) {
			exchange.getResponseHeaders().add("Allow", "POST");
			respond(exchange, 405, "POST で送ってください: curl -X POST http://" + settings.address() + ":" + port() + "/run");
			return;
		}
		if (service.trigger(RunTrigger.ON_DEMAND)) {
			log.info("随時実行を受け付けました（{}）", exchange.getRemoteAddress().getAddress().getHostAddress());
			respond(exchange, 202, "受け付けました。集計を開始します。結果は GET /status と summary.html で確認できます。");
		}
		else {
			respond(exchange, 409, "集計が実行中（または実行待ち）のため受け付けませんでした。終了後に再度送ってください。");
		}
	}

	private void status(HttpExchange exchange) throws IOException {
		if (!"GET".equals(exchange.getRequestMethod())) {
			exchange.getResponseHeaders().add("Allow", "GET");
			respond(exchange, 405, "GET で読んでください。");
			return;
		}
		try {
			respond(exchange, 200, statusText());
		}
		catch (RuntimeException ex) {
			respond(exchange, 503, "状態を読めません（データベースに接続できない可能性があります）: " + ex.getMessage());
		}
	}

	private String statusText() {
		StringBuilder text = new StringBuilder();
		text.append("状態: ").append(service.busy() ? "集計を実行中" : "待機中").append('\n');
		text.append("次回の定期実行: ").append(TIME.format(service.nextRun())).append('\n');
		text.append("直近の実行:\n");
		for (RunRecord run : history.recent(5)) {
			text.append("  ").append(TIME.format(run.startedAt())).append("  ").append(run.trigger().label())
				.append("  ").append(run.outcome().label());
			if (run.duration() != null) {
				text.append("  所要 ").append(run.duration().toSeconds()).append(" 秒");
			}
			text.append("  ファイル ").append(run.filesFound()).append(" 件（取込 ").append(run.filesLoaded())
				.append("、不受理 ").append(run.filesRejected()).append("、対象外 ").append(run.filesExcluded())
				.append("、変更なし ").append(run.filesUnchanged())
				.append("）\n");
		}
		return text.toString();
	}

	private static void respond(HttpExchange exchange, int status, String text) throws IOException {
		byte[] body = (text.endsWith("\n") ? text : text + "\n").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
