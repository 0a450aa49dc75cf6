package jp.reform.survey.service;

import java.util.Map;

import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes service mode a web application (the embedded server of the trigger and the health endpoint)
 * and leaves every other run as application.yml has it, {@code spring.main.web-application-type=none}:
 * a one-shot run starts no web server. Runs after the configuration files are read, so
 * {@code reform.mode} is known however it was given ({@code --mode}, {@code REFORM_MODE}, a file), and
 * before the context is made, so service mode can still turn away from the one-shot run's build-time
 * context (ReformSurveyApplication#main).
 */
class ServiceModeEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String SOURCE = "reformServiceMode";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (serviceMode(environment)) {
			// the build-time context (Spring AOT) is the one-shot run's, without the server and the trigger;
			// the flag is read again when the context is made, after this
			System.setProperty(AotDetector.AOT_ENABLED, "false");
			environment.getPropertySources()
				.addFirst(new MapPropertySource(SOURCE, Map.of("spring.main.web-application-type", "servlet")));
		}
	}

	/** {@code reform.mode=service}, however given (the key that cli.CommandProperties binds). */
	static boolean serviceMode(Environment environment) {
		return "service".equalsIgnoreCase(environment.getProperty("reform.mode"));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
