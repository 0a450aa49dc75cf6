package jp.reform.survey.batch;

import java.time.ZoneId;

import jp.reform.survey.consolidate.Consolidator;
import jp.reform.survey.intake.InboxScanner;
import jp.reform.survey.survey.SurveyReader;
import jp.reform.survey.workbook.StreamingWorkbookReader;
import jp.reform.survey.workbook.WorkbookReader;

import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Batch with its job repository in the application's own database (so a restart finds
 * where the last run stopped), and the plain-Java parts of the pipeline as beans.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
@EnableJdbcJobRepository
@EnableConfigurationProperties(ReformProperties.class)
class BatchInfrastructureConfiguration {

	/** Japanese offices: file times and 提出日 are read in Japan time whatever the server's zone. */
	static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Tokyo");

	@Bean
	InboxScanner inboxScanner() {
		return new InboxScanner(OFFICE_ZONE);
	}

	@Bean
	WorkbookReader workbookReader() {
		return new StreamingWorkbookReader();
	}

	@Bean
	SurveyReader surveyReader() {
		return new SurveyReader();
	}

	@Bean
	Consolidator consolidator() {
		return new Consolidator();
	}

}
