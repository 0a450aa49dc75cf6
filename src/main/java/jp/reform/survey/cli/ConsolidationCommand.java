package jp.reform.survey.cli;

import java.nio.file.Path;

import jp.reform.survey.forms.FormsCommand;
import jp.reform.survey.store.RunOutcome;
import jp.reform.survey.store.RunTrigger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * One-shot command line: {@code java -jar reform-survey.jar --inbox=DIR --output=DIR} runs one
 * consolidation and exits (in service mode it does nothing; the schedule runs instead). Exit codes:
 * 0 success, 3 completed but some files were rejected or held back, 1 the run itself failed,
 * 4 not started because another run holds the lock.
 */
@Component
public class ConsolidationCommand implements ApplicationRunner, ExitCodeGenerator {

	public static final int OK = 0;

	public static final int FAILED = 1;

	public static final int COMPLETED_WITH_REJECTIONS = 3;

	public static final int LOCKED = 4;

	private static final Logger log = LoggerFactory.getLogger(ConsolidationCommand.class);

	private final ConsolidationRunner runner;

	private final CommandProperties properties;

	private final RunPaths paths;

	private int exitCode = OK;

	ConsolidationCommand(ConsolidationRunner runner, CommandProperties properties, RunPaths paths) {
		this.runner = runner;
		this.properties = properties;
		this.paths = paths;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.job().runOnStartup() || properties.mode() == CommandProperties.Mode.SERVICE
				|| args.containsOption(FormsCommand.OPTION)) {
			return;
		}
		exitCode = run(paths.inbox(), paths.output());
	}

	/** Runs one consolidation and returns the exit code. */
	public int run(Path inbox, Path output) {
		RunResult result = runner.run(inbox, output, RunTrigger.COMMAND);
		int code = exitCode(result.outcome());
		log.info("終了コード {}: {}", code, result.outcome().label());
		return code;
	}

	static int exitCode(RunOutcome outcome) {
		return switch (outcome) {
			case COMPLETED -> OK;
			case COMPLETED_WITH_REJECTIONS -> COMPLETED_WITH_REJECTIONS;
			case REFUSED -> LOCKED;
			default -> FAILED;
		};
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
