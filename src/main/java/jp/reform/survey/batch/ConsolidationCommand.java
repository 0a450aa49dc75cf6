package jp.reform.survey.batch;

import java.nio.file.Path;

import jp.reform.survey.forms.FormsCommand;
import jp.reform.survey.store.SubmissionRepository;
import jp.reform.survey.store.SubmissionStatus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One-shot command line: {@code java -jar reform-survey.jar --inbox=DIR --output=DIR} runs one
 * consolidation and exits. Exit codes: 0 success, 3 completed but some files were rejected or held
 * back, 1 the run itself failed.
 */
@Component
public class ConsolidationCommand implements ApplicationRunner, ExitCodeGenerator {

	public static final int OK = 0;

	public static final int FAILED = 1;

	public static final int COMPLETED_WITH_REJECTIONS = 3;

	private static final Logger log = LoggerFactory.getLogger(ConsolidationCommand.class);

	private final JobOperator jobOperator;

	private final Job consolidationJob;

	private final SubmissionRepository submissions;

	private final ReformProperties properties;

	private final Environment environment;

	private int exitCode = OK;

	ConsolidationCommand(JobOperator jobOperator, Job consolidationJob, SubmissionRepository submissions,
			ReformProperties properties, Environment environment) {
		this.jobOperator = jobOperator;
		this.consolidationJob = consolidationJob;
		this.submissions = submissions;
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.job().runOnStartup() || environment.containsProperty(FormsCommand.OPTION)) {
			return;
		}
		Path inbox = Path.of(environment.getProperty("inbox", properties.inbox().toString()));
		Path output = Path.of(environment.getProperty("output", properties.output().toString()));
		exitCode = run(inbox, output);
	}

	/** Runs one consolidation and returns the exit code. */
	public int run(Path inbox, Path output) {
		JobParameters parameters = new JobParametersBuilder()
			.addString(ConsolidationJobConfiguration.INBOX, inbox.toAbsolutePath().toString())
			.addString(ConsolidationJobConfiguration.OUTPUT, output.toAbsolutePath().toString())
			.addLong("run", System.currentTimeMillis())
			.toJobParameters();
		try {
			JobExecution execution = jobOperator.start(consolidationJob, parameters);
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				return FAILED;
			}
			boolean rejections = submissions.ofJobExecution(execution.getId())
				.stream()
				.anyMatch(s -> s.status().hasErrors() && s.status() != SubmissionStatus.PENDING);
			return rejections ? COMPLETED_WITH_REJECTIONS : OK;
		}
		catch (Exception ex) {
			log.error("集計を開始できませんでした: {}", ex.getMessage());
			return FAILED;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
