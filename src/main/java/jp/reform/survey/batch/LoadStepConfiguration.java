package jp.reform.survey.batch;

import java.util.List;

import jp.reform.survey.store.DatabaseOutage;
import jp.reform.survey.store.ReferenceRows;
import jp.reform.survey.store.Submission;
import jp.reform.survey.store.SubmissionRepository;
import jp.reform.survey.store.SurveyStore;
import jp.reform.survey.forms.FormYearCheck;
import jp.reform.survey.survey.SurveyReader;
import jp.reform.survey.workbook.WorkbookReader;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code load} step, partitioned: one partition per thread ({@link LoadSettings}), each taking
 * the next pending submission from a shared queue and reading, normalising and storing it, each
 * workbook in its own database transaction. On other machines the same worker step would run
 * through remote partitioning with fixed shares instead of the queue (docs/scaling.md).
 *
 * <p>The worker's chunk runs under a resourceless transaction manager, so reading a workbook holds
 * no database connection; {@link SubmissionWriter} opens the transactions itself (shared reference
 * rows first, then the workbook's own rows) and retries one that lost a race to a concurrent workbook.
 *
 * <p>Every {@code ItemWriteListener<LoadedSubmission>} bean listens to the load: progress, the
 * run-lock check, and in tests hooks that pause or fail inside a workbook's transaction. The writer
 * calls them inside each workbook's transaction; those that are also step listeners (progress)
 * hear the load step start and end.
 */
@Configuration(proxyBeanMethods = false)
class LoadStepConfiguration {

	static final String WORKER = "loadPartition";

	/**
	 * Workbooks per chunk. Each workbook still gets its own transactions (the writer opens them);
	 * the chunk only sets how often the step's progress is recorded in the job repository.
	 */
	static final int WORKBOOKS_PER_CHUNK = 10;

	@Bean
	Step loadStep(JobRepository jobRepository, Step loadWorkerStep, LoadSettings settings, PendingQueues queues,
			ObjectProvider<ItemWriteListener<LoadedSubmission>> listeners) {
		int threads = settings.threadCount();
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("load-");
		executor.setConcurrencyLimit(threads);
		var step = new StepBuilder("load", jobRepository).partitioner(WORKER, new PendingSubmissionPartitioner())
			.step(loadWorkerStep)
			.gridSize(threads)
			.taskExecutor(executor)
			.listener(queues);
		listeners.orderedStream()
			.filter(StepExecutionListener.class::isInstance)
			.forEach(listener -> step.listener((StepExecutionListener) listener));
		return step.build();
	}

	@Bean
	Step loadWorkerStep(JobRepository jobRepository, ItemReader<Submission> partitionSubmissions,
			WorkbookReader workbooks, SurveyReader surveys, FormYearCheck formYears, SubmissionWriter submissionWriter) {
		return new StepBuilder(WORKER, jobRepository).<Submission, LoadedSubmission>chunk(WORKBOOKS_PER_CHUNK)
			.transactionManager(new ResourcelessTransactionManager())
			.reader(partitionSubmissions)
			.processor(new SubmissionProcessor(workbooks, surveys, formYears))
			.writer(submissionWriter)
			.build();
	}

	@Bean
	@StepScope
	SubmissionWriter submissionWriter(ReferenceRows references, SurveyStore store, SubmissionRepository submissions,
			PlatformTransactionManager transactionManager, ObjectProvider<ItemWriteListener<LoadedSubmission>> listeners,
			DatabaseOutage outage, @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
		List<ItemWriteListener<LoadedSubmission>> ordered = listeners.orderedStream().toList();
		return new SubmissionWriter(references, store, submissions, jobExecutionId,
				new TransactionTemplate(transactionManager), ordered, outage);
	}

	@Bean
	PendingQueues pendingQueues(SubmissionRepository submissions) {
		return new PendingQueues(submissions);
	}

	/** Each partition takes the next pending submission of its job execution until none is left. */
	@Bean
	@StepScope
	PendingQueue partitionSubmissions(PendingQueues queues, @Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
		return queues.of(jobExecutionId);
	}

}
