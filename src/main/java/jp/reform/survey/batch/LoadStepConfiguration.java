package jp.reform.survey.batch;

import jp.reform.survey.store.ReferenceRows;
import jp.reform.survey.store.Submission;
import jp.reform.survey.store.SubmissionRepository;
import jp.reform.survey.store.SurveyStore;
import jp.reform.survey.survey.SurveyReader;
import jp.reform.survey.workbook.WorkbookReader;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The {@code load} step, partitioned: one partition per thread ({@link LoadSettings}), each taking
 * the next pending submission from a shared queue and reading, normalising and storing it, each
 * workbook in its own database transaction. On other machines the same worker step would run
 * through remote partitioning with fixed shares instead of the queue (docs/scaling.md).
 *
 * <p>The worker's chunk runs under a resourceless transaction manager, so reading a workbook holds
 * no database connection; {@link SubmissionWriter} opens the transactions itself (shared reference
 * rows first, then the workbook's own rows) and retries one that lost a race to a concurrent workbook.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoadSettings.class)
class LoadStepConfiguration {

	static final String WORKER = "loadPartition";

	/**
	 * Workbooks per chunk. Each workbook still gets its own transactions (the writer opens them);
	 * the chunk only sets how often the step's progress is recorded in the job repository.
	 */
	static final int WORKBOOKS_PER_CHUNK = 10;

	@Bean
	Step loadStep(JobRepository jobRepository, Step loadWorkerStep, LoadSettings settings, PendingQueues queues) {
		int threads = settings.threadCount();
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("load-");
		executor.setConcurrencyLimit(threads);
		return new StepBuilder("load", jobRepository).partitioner(WORKER, new PendingSubmissionPartitioner())
			.step(loadWorkerStep)
			.gridSize(threads)
			.taskExecutor(executor)
			.listener(queues)
			.build();
	}

	@Bean
	Step loadWorkerStep(JobRepository jobRepository, ItemReader<Submission> partitionSubmissions,
			WorkbookReader workbooks, SurveyReader surveys, ReferenceRows references, SurveyStore store) {
		return new StepBuilder(WORKER, jobRepository).<Submission, LoadedSubmission>chunk(WORKBOOKS_PER_CHUNK)
			.transactionManager(new ResourcelessTransactionManager())
			.reader(partitionSubmissions)
			.processor(new SubmissionProcessor(workbooks, surveys))
			.writer(new SubmissionWriter(references, store))
			.build();
	}

	@Bean
	PendingQueues pendingQueues(SubmissionRepository submissions) {
		return new PendingQueues(submissions);
	}

	/** Each partition takes the next pending submission of its job execution until none is left. */
	@Bean
	@StepScope
	ItemReader<Submission> partitionSubmissions(PendingQueues queues,
			@Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
		PendingQueue queue = queues.of(jobExecutionId);
		return queue::next;
	}

}
