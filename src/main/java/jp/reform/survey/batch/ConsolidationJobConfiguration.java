package jp.reform.survey.batch;

import java.nio.file.Path;

import jp.reform.survey.consolidate.Consolidator;
import jp.reform.survey.feedback.FeedbackWriter;
import jp.reform.survey.intake.InboxScanner;
import jp.reform.survey.report.ReportWriter;
import jp.reform.survey.store.ConsolidationQueries;
import jp.reform.survey.store.FormDistributionRepository;
import jp.reform.survey.store.ReportSnapshots;
import jp.reform.survey.store.RunHistoryRepository;
import jp.reform.survey.store.Submission;
import jp.reform.survey.store.SubmissionRepository;
import jp.reform.survey.store.SurveyStore;
import jp.reform.survey.survey.SurveyReader;
import jp.reform.survey.workbook.WorkbookReader;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code consolidation} job: intake (find and fingerprint files) → load (read, normalise and
 * store each new workbook in its own transaction) → report (consolidate and write outputs).
 * Paths arrive as job parameters so every run records where it read and wrote.
 */
@Configuration(proxyBeanMethods = false)
class ConsolidationJobConfiguration {

	static final String JOB_NAME = "consolidation";

	static final String INBOX = "inbox";

	static final String OUTPUT = "output";

	@Bean
	Job consolidationJob(JobRepository jobRepository, Step intakeStep, Step loadStep, Step reportStep,
			RunSummaryListener runSummary) {
		return new JobBuilder(JOB_NAME, jobRepository).start(intakeStep)
			.next(loadStep)
			.next(reportStep)
			.listener(runSummary)
			.build();
	}

	@Bean
	Step intakeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			IntakeTasklet intakeTasklet) {
		// runs again when a failed execution is restarted: files added since are seen, the rest skipped
		return new StepBuilder("intake", jobRepository).tasklet(intakeTasklet, transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@StepScope
	IntakeTasklet intakeTasklet(InboxScanner scanner, SubmissionRepository submissions,
			@Value("#{jobParameters['" + INBOX + "']}") String inbox) {
		return new IntakeTasklet(scanner, submissions, Path.of(inbox));
	}

	/**
	 * Every {@code ItemWriteListener<LoadedSubmission>} bean listens to the load step: progress,
	 * the run-lock check, and in tests hooks that pause or fail inside a workbook's transaction.
	 */
	@Bean
	Step loadStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ListItemReader<Submission> pendingSubmissions, WorkbookReader workbooks, SurveyReader surveys,
			SubmissionWriter submissionWriter, FormYearCheck formYears,
			ObjectProvider<ItemWriteListener<LoadedSubmission>> listeners) {
		var step = new StepBuilder("load", jobRepository).<Submission, LoadedSubmission>chunk(1)
			.transactionManager(transactionManager)
			.reader(pendingSubmissions)
			.processor(new SubmissionProcessor(workbooks, surveys, formYears))
			.writer(submissionWriter);
		listeners.orderedStream().forEach(step::listener);
		return step.build();
	}

	@Bean
	@StepScope
	SubmissionWriter submissionWriter(SurveyStore store, SubmissionRepository submissions,
			@Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
		return new SubmissionWriter(store, submissions, jobExecutionId);
	}

	/** Pending submissions, read when the step opens: a restarted run picks up what is still pending. */
	@Bean
	@StepScope
	ListItemReader<Submission> pendingSubmissions(SubmissionRepository submissions) {
		return new ListItemReader<>(submissions.pending());
	}

	@Bean
	Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportTasklet reportTasklet) {
		return new StepBuilder("report", jobRepository).tasklet(reportTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	ReportTasklet reportTasklet(ConsolidationQueries queries, SubmissionRepository submissions,
			RunHistoryRepository history, Consolidator consolidator, ReportSnapshots snapshots,
			FormDistributionRepository forms, ReformProperties properties,
			@Value("#{jobParameters['" + OUTPUT + "']}") String output) {
		return new ReportTasklet(queries, submissions, history, consolidator, snapshots,
				new ReportWriter(properties.templates()), new FeedbackWriter(properties.templates()), forms,
				Path.of(output));
	}

}
