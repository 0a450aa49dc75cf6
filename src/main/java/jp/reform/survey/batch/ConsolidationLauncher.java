package jp.reform.survey.batch;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts the job, or restarts the previous execution when it failed (or died and was recovered)
 * on the same inbox and output. Restarting keeps Spring Batch's record honest — the failed
 * instance is completed rather than abandoned — and continues where it stopped: intake rescans
 * (so files added meanwhile are seen), load takes what is still pending, report writes everything.
 */
@Component
public class ConsolidationLauncher {

	/** The execution that ran, and whether it continued an earlier one. */
	public record Launch(JobExecution execution, boolean resumed) {
	}

	private static final Logger log = LoggerFactory.getLogger(ConsolidationLauncher.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job consolidationJob;

	ConsolidationLauncher(JobOperator jobOperator, JobRepository jobRepository, Job consolidationJob) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.consolidationJob = consolidationJob;
	}

	public Launch launch(Path inbox, Path output) throws JobInstanceAlreadyCompleteException,
			JobExecutionAlreadyRunningException, InvalidJobParametersException, JobRestartException {
		String inboxPath = inbox.toAbsolutePath().toString();
		String outputPath = output.toAbsolutePath().toString();
		JobExecution last = lastExecution();
		if (last != null && restartable(last.getStatus())
				&& inboxPath.equals(last.getJobParameters().getString(ConsolidationJobConfiguration.INBOX))
				&& outputPath.equals(last.getJobParameters().getString(ConsolidationJobConfiguration.OUTPUT))) {
			log.info("前回の実行（ジョブ実行 {}）は{}で終わっています。その続きから再開します。", last.getId(),
					last.getStatus() == BatchStatus.FAILED ? "失敗" : "停止");
			try {
				return new Launch(jobOperator.restart(last), true);
			}
			catch (JobRestartException ex) {
				log.warn("前回の実行を再開できないため、新しく実行します: {}", ex.getMessage());
			}
		}
		JobParameters parameters = new JobParametersBuilder()
			.addString(ConsolidationJobConfiguration.INBOX, inboxPath)
			.addString(ConsolidationJobConfiguration.OUTPUT, outputPath)
			.addLong("run", System.currentTimeMillis())
			.toJobParameters();
		return new Launch(jobOperator.start(consolidationJob, parameters), false);
	}

	private JobExecution lastExecution() {
		JobInstance instance = jobRepository.getLastJobInstance(ConsolidationJobConfiguration.JOB_NAME);
		return instance == null ? null : jobRepository.getLastJobExecution(instance);
	}

	private static boolean restartable(BatchStatus status) {
		return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
	}

}
