package jp.reform.survey.service;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;

import jp.reform.survey.store.RunHistoryRepository;
import jp.reform.survey.store.RunRecord;
import jp.reform.survey.store.RunTrigger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * On-demand runs while the service is up, on the embedded web server (127.0.0.1 by default):
 * <ul>
 * <li>{@code POST /run} — 202 when a run is queued, 409 when one is already running or queued</li>
 * <li>{@code GET /status} — whether a run is in progress, the next scheduled run, the recent runs</li>
 * </ul>
 * Each path takes every method and answers a wrong one itself, so whoever uses curl reads why in
 * Japanese rather than the server's generic error.
 */
@RestController
@ConditionalOnProperty(prefix = "reform", name = "mode", havingValue = "service")
class TriggerController {

	private static final Logger log = LoggerFactory.getLogger(TriggerController.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

	private final NightlyService service;

	private final RunHistoryRepository history;

	TriggerController(NightlyService service, RunHistoryRepository history) {
		this.service = service;
		this.history = history;
	}

	@RequestMapping("/run")
	ResponseEntity<String> run(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return wrongMethod("POST", "POST で送ってください: curl -X POST " + base(request) + "/run");
		}
		if (service.trigger(RunTrigger.ON_DEMAND)) {
			log.info("随時実行を受け付けました（{}）", request.getRemoteAddr());
			return text(HttpStatus.ACCEPTED, "受け付けました。集計を開始します。結果は GET /status と summary.html で確認できます。");
		}
		return text(HttpStatus.CONFLICT, "集計が実行中（または実行待ち）のため受け付けませんでした。終了後に再度送ってください。");
	}

	@RequestMapping("/status")
	ResponseEntity<String> status(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return wrongMethod("GET", "GET で読んでください。");
		}
		try {
			return text(HttpStatus.OK, statusText());
		}
		catch (RuntimeException ex) {
			return text(HttpStatus.SERVICE_UNAVAILABLE, "状態を読めません（データベースに接続できない可能性があります）: " + ex.getMessage());
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

	private static String base(HttpServletRequest request) {
		return "http://" + request.getLocalAddr() + ":" + request.getLocalPort();
	}

	private static ResponseEntity<String> wrongMethod(String allowed, String text) {
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.header(HttpHeaders.ALLOW, allowed)
			.contentType(TEXT)
			.body(text + "\n");
	}

	private static ResponseEntity<String> text(HttpStatus status, String text) {
		return ResponseEntity.status(status).contentType(TEXT).body(text.endsWith("\n") ? text : text + "\n");
	}

}
