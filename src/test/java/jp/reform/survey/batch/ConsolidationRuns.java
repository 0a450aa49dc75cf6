package jp.reform.survey.batch;

import java.nio.file.Path;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.boot.test.context.TestComponent;

/** Runs the real consolidation job on an inbox, as the command line would (tests import it). */
@TestComponent
class ConsolidationRuns {

	private final JobOperatorTestUtils jobs;

	ConsolidationRuns(JobOperator jobOperator, JobRepository jobRepository, Job consolidationJob) {
		this.jobs = new JobOperatorTestUtils(jobOperator, jobRepository);
		this.jobs.setJob(consolidationJob);
	}

	JobExecution run(Path inbox, Path output) throws Exception {
		return jobs.startJob(new JobParametersBuilder()
			.addString(ConsolidationJobConfiguration.INBOX, inbox.toString())
			.addString(ConsolidationJobConfiguration.OUTPUT, output.toString())
			.addLong("run", System.nanoTime())
			.toJobParameters());
	}

}
