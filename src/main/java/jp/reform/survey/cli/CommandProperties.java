package jp.reform.survey.cli;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the jar runs, under {@code reform.*}: the folders of a one-shot run (the command line's
 * {@code --inbox} and {@code --output} win over these, see {@link RunPaths}), the mode, and the
 * debug log that gets every stack trace (named in each failure's message).
 */
@ConfigurationProperties("reform")
public record CommandProperties(Path inbox, Path output, Mode mode, Job job, Path debugLog) {

	/** {@code once}: one consolidation, then exit (cron, timers). {@code service}: stay up and run on the schedule. */
	public enum Mode {

		ONCE, SERVICE

	}

	public record Job(boolean runOnStartup) {
	}

}
