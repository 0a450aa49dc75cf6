package jp.reform.survey.batch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

import jp.reform.survey.consolidate.Consolidator;
import jp.reform.survey.intake.InboxScanner;
import jp.reform.survey.intake.IntakeProperties;
import jp.reform.survey.lock.LockProperties;
import jp.reform.survey.lock.RunLock;
import jp.reform.survey.store.LockHolder;
import jp.reform.survey.store.RunLockRepository;
import jp.reform.survey.survey.LayoutProfiles;
import jp.reform.survey.vocabulary.Vocabulary;
import jp.reform.survey.survey.SurveyReader;
import jp.reform.survey.workbook.GuardedWorkbookReader;
import jp.reform.survey.workbook.StreamingWorkbookReader;
import jp.reform.survey.workbook.WorkbookProperties;
import jp.reform.survey.workbook.WorkbookReader;

import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Batch with its job repository in the application's own database (so a restart finds
 * where the last run stopped), and the plain-Java parts of the pipeline as beans.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
@EnableJdbcJobRepository
class BatchInfrastructureConfiguration {

	@Bean
	InboxScanner inboxScanner(IntakeProperties intake) {
		return new InboxScanner(OfficeTime.ZONE, intake.settle(), intake.ignore());
	}

	/**
	 * Hostile and broken files are turned away before any reader sees them; what passes is streamed
	 * into compact grids, with POI's user model as the fallback.
	 */
	@Bean
	WorkbookReader workbookReader(WorkbookProperties workbook) {
		return new GuardedWorkbookReader(new StreamingWorkbookReader(), workbook.limits());
	}

	/** The shipped layout profiles plus the office's own from {@code reform.profiles} (a folder of *.yml), if set. */
	@Bean
	LayoutProfiles layoutProfiles(@Value("${reform.profiles:}") String profiles) {
		return LayoutProfiles.load(profiles.isBlank() ? null : Path.of(profiles));
	}

	/** The built-in fields and those the profiles declare: what the store's keys and the reports resolve to. */
	@Bean
	Vocabulary vocabulary(LayoutProfiles profiles) {
		return profiles.vocabulary();
	}

	@Bean
	SurveyReader surveyReader(LayoutProfiles profiles) {
		return new SurveyReader(profiles);
	}

	@Bean
	Consolidator consolidator() {
		return new Consolidator();
	}

	@Bean
	RunLock runLock(RunLockRepository repository, LockProperties lock) {
		return new RunLock(repository, new LockHolder(hostName(), ProcessHandle.current().pid()), RunLock.CONSOLIDATION,
				lock);
	}

	/** Windows names the machine in COMPUTERNAME; elsewhere ask the network stack, which may not know. */
	private static String hostName() {
		String windows = System.getenv("COMPUTERNAME");
		if (windows != null && !windows.isBlank()) {
			return windows;
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}
