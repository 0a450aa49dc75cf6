package jp.reform.survey.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reform.load.threads}: how many workbooks are read and stored at once. Unset or 0 means
 * one per available core; 1 loads one after another (the result is the same either way).
 */
@ConfigurationProperties("reform.load")
record LoadSettings(Integer threads) {

	int threadCount() {
		return threads == null || threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
	}

}
