package jp.reform.survey.service;

import jp.reform.survey.cli.ConsolidationRunner;
import jp.reform.survey.cli.RunPaths;
import jp.reform.survey.store.RunHistoryRepository;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Present only in service mode ({@code reform.mode=service}, {@code --mode=service}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "reform", name = "mode", havingValue = "service")
class ServiceModeConfiguration {

	@Bean
	NightlyService nightlyService(ConsolidationRunner runner, RunPaths paths, ServiceProperties operation) {
		return new NightlyService(runner, paths, operation.schedule());
	}

	@Bean
	TriggerEndpoint triggerEndpoint(NightlyService service, RunHistoryRepository history,
			ServiceProperties operation) {
		return new TriggerEndpoint(service, history, operation.trigger());
	}

}
