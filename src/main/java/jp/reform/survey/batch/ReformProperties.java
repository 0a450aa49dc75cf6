package jp.reform.survey.batch;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code reform.*}. The command line's {@code --inbox} and {@code --output} win over
 * these (see {@link ConsolidationCommand}).
 */
@ConfigurationProperties("reform")
public record ReformProperties(Path inbox, Path output, Path templates, Job job) {

	public record Job(boolean runOnStartup) {
	}

}
