package jp.reform.survey.service;

import jp.reform.survey.cli.ConsolidationRunner;
import jp.reform.survey.cli.RunPaths;
import jp.reform.survey.lock.LockProperties;
import jp.reform.survey.lock.RunLock;
import jp.reform.survey.store.RunLockRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Present only in service mode ({@code reform.mode=service}, {@code --mode=service}), which is also
 * the only mode with a web server ({@link ServiceModeEnvironment}): the schedule, the trigger
 * ({@link TriggerController}) and the run lock's health.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "reform", name = "mode", havingValue = "service")
class ServiceModeConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ServiceModeConfiguration.class);

	@Bean
	NightlyService nightlyService(ConsolidationRunner runner, RunPaths paths, ServiceProperties operation) {
		return new NightlyService(runner, paths, operation.schedule());
	}

	@Bean
	RunLockHealthIndicator runLockHealthIndicator(RunLockRepository repository, RunLock lock, LockProperties settings) {
		return new RunLockHealthIndicator(repository, lock, settings.staleAfter());
	}

	/** Says where the trigger listens once the server has its port (a free one when configured 0). */
	@Bean
	ApplicationListener<WebServerInitializedEvent> triggerAddress() {
		return event -> {
			String address = event.getApplicationContext().getEnvironment().getProperty("server.address", "0.0.0.0");
			int port = event.getWebServer().getPort();
			log.info("随時実行の受付: curl -X POST http://{}:{}/run（状態は GET /status、監視は GET /actuator/health）", address,
					port);
		};
	}

}
