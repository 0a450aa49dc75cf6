package jp.reform.survey.cli;

import java.nio.file.Path;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The inbox and output folders of a run: the short command-line forms {@code --inbox} and
 * {@code --output} win over {@code reform.inbox} / {@code reform.output} (application.yml,
 * REFORM_INBOX, …).
 */
@Component
public class RunPaths {

	private final CommandProperties properties;

	private final Environment environment;

	RunPaths(CommandProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	public Path inbox() {
		return Path.of(environment.getProperty("inbox", properties.inbox().toString()));
	}

	public Path output() {
		return Path.of(environment.getProperty("output", properties.output().toString()));
	}

}
