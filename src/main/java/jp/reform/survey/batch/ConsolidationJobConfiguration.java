package jp.reform.survey.batch;

import java.nio.file.Path;

import jp.reform.survey.consolidate.Consolidator;
import jp.reform.survey.feedback.FeedbackWriter;
import jp.reform.survey.intake.InboxScanner;
import jp.reform.survey.report.ReportWriter;
import jp.reform.survey.report.PdfProperties;
import jp.reform.survey.report.TemplateProperties;
import jp.reform.survey.review.ReviewRules;
import jp.reform.survey.store.CategoryNames;
import jp.reform.survey.store.ConsolidationQueries;
import jp.reform.survey.store.FormDistributionRepository;
import jp.reform.survey.store.ReportSnapshots;
import jp.reform.survey.store.StoreDigest;
import jp.reform.survey.store.RunHistoryRepository;
import jp.reform.survey.store.SubmissionRepository;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code consolidation} job: intake (find and fingerprint files) → load (read, normalise and
 * store each new workbook in its own transaction, several at once: {@link LoadStepConfiguration})
 * → report (consolidate and write outputs).
 * Paths arrive as job parameters so every run records where it read and wrote.
 */
@Configuration(proxyBeanMethods = false)
class ConsolidationJobConfiguration {

	static final String JOB_NAME = "consolidation";

	static final String INBOX = "inbox";

	static final String OUTPUT = "output";

	@Bean
	Job consolidationJob(JobRepository jobRepository, Step intakeStep, Step loadStep, Step reportStep,
			RunSummaryListener runSummary, RunTempFolder tempFolder) {
		return new JobBuilder(JOB_NAME, jobRepository).start(intakeStep)
			.next(loadStep)
			.next(reportStep)
			.listener(tempFolder)
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

	@Bean
	Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportTasklet reportTasklet) {
		return new StepBuilder("report", jobRepository).tasklet(reportTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	ReportTasklet reportTasklet(CategoryNames categoryNames, ConsolidationQueries queries,
			SubmissionRepository submissions, RunHistoryRepository history, Consolidator consolidator,
			ReportSnapshots snapshots, FormDistributionRepository forms, StoreDigest storeDigest,
			TemplateProperties properties, ReviewRules reviewRules, PdfProperties pdf,
			@Value("#{jobParameters['" + OUTPUT + "']}") String output) {
		return new ReportTasklet(categoryNames, queries, submissions, history, consolidator, snapshots,
				new ReportWriter(properties.templates(), reviewRules, pdf.enabled()), new FeedbackWriter(properties.templates()), forms,
				storeDigest, properties.templates(), reviewRules.settings(), Path.of(output));
	}

}
