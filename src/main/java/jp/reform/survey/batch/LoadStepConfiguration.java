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
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The {@code load} step, partitioned: the pending submissions are split into one partition per
 * thread ({@link LoadSettings}) and each partition reads, normalises and stores its workbooks one
 * by one, each workbook in its own database transaction. The same worker step could run on other
 * machines through remote partitioning (docs/scaling.md).
 *
 * <p>The worker's chunk runs under a resourceless transaction manager, so reading a workbook holds
 * no database connection; {@link SubmissionWriter} opens the transactions itself (shared reference
 * rows first, then the workbook's own rows) and retries one that lost a race to a concurrent workbook.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoadSettings.class)
class LoadStepConfiguration {

	static final String WORKER = "loadPartition";

	@Bean
	Step loadStep(JobRepository jobRepository, Step loadWorkerStep, LoadSettings settings) {
		int threads = settings.threadCount();
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("load-");
		executor.setConcurrencyLimit(threads);
		return new StepBuilder("load", jobRepository).partitioner(WORKER, new PendingSubmissionPartitioner())
			.step(loadWorkerStep)
			.gridSize(threads)
			.taskExecutor(executor)
			.build();
	}

	@Bean
	Step loadWorkerStep(JobRepository jobRepository, ListItemReader<Submission> partitionSubmissions,
			WorkbookReader workbooks, SurveyReader surveys, ReferenceRows references, SurveyStore store) {
		return new StepBuilder(WORKER, jobRepository).<Submission, LoadedSubmission>chunk(1)
			.transactionManager(new ResourcelessTransactionManager())
			.reader(partitionSubmissions)
			.processor(new SubmissionProcessor(workbooks, surveys))
			.writer(new SubmissionWriter(references, store))
			.build();
	}

	/** This partition's share of what is pending when it starts (a restart picks up what is left). */
	@Bean
	@StepScope
	ListItemReader<Submission> partitionSubmissions(SubmissionRepository submissions,
			@Value("#{stepExecutionContext['" + PendingSubmissionPartitioner.PARTITION + "']}") int partition,
			@Value("#{stepExecutionContext['" + PendingSubmissionPartitioner.PARTITIONS + "']}") int partitions) {
		return new ListItemReader<>(submissions.pending()
			.stream()
			.filter(s -> PendingSubmissionPartitioner.belongs(s.id(), partition, partitions))
			.toList());
	}

}
