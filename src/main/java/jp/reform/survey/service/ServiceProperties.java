package jp.reform.survey.service;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The service's schedule and on-demand trigger (under {@code reform.*}; the defaults are in application.yml). */
@ConfigurationProperties("reform")
public record ServiceProperties(Schedule schedule, Trigger trigger) {

	/** A Spring cron expression (second minute hour day month weekday) read in {@code zone}. */
	public record Schedule(String cron, ZoneId zone) {
	}

	/** The on-demand trigger's HTTP address; port 0 picks a free port, -1 turns it off. */
	public record Trigger(String address, int port) {
	}

}
