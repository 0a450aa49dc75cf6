package jp.reform.survey.service;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service's schedule (under {@code reform.*}; the defaults are in application.yml). The trigger's
 * address and port, {@code reform.trigger.*}, are the web server's {@code server.address} and
 * {@code server.port} there.
 */
@ConfigurationProperties("reform")
public record ServiceProperties(Schedule schedule) {

	/** A Spring cron expression (second minute hour day month weekday) read in {@code zone}. */
	public record Schedule(String cron, ZoneId zone) {
	}

}
