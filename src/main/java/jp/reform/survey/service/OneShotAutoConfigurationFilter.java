package jp.reform.survey.service;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out of a one-shot run the auto-configurations that only service mode uses: the web server,
 * Spring MVC and its JSON converters, Actuator and the health contributors. Without a web server
 * most would back off anyway, but only after their classes were loaded and their conditions weighed,
 * which a run that starts several times a day (and is measured by its start-up) should not pay for.
 */
class OneShotAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

	private static final List<String> SERVICE_ONLY_MODULES = List.of("org.springframework.boot.actuate.",
			"org.springframework.boot.health.", "org.springframework.boot.jackson.",
			"org.springframework.boot.http.converter.", "org.springframework.boot.servlet.",
			"org.springframework.boot.tomcat.", "org.springframework.boot.webmvc.", "org.springframework.boot.web.");

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
		boolean service = ServiceModeEnvironment.serviceMode(environment);
		boolean[] keep = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < keep.length; i++) {
			String name = autoConfigurationClasses[i];
			keep[i] = service || name == null || !serviceOnly(name);
		}
		return keep;
	}

	/** A module of its own, or the health or endpoint part of another module (JDBC's, Flyway's). */
	static boolean serviceOnly(String autoConfiguration) {
		return SERVICE_ONLY_MODULES.stream().anyMatch(autoConfiguration::startsWith)
				|| autoConfiguration.contains(".health.") || autoConfiguration.contains(".actuate.")
				|| autoConfiguration.endsWith("EndpointAutoConfiguration");
	}

}
