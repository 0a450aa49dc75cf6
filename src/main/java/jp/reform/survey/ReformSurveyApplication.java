package jp.reform.survey;

import java.util.Optional;

import jp.reform.survey.cli.CommandLineOptions;
import jp.reform.survey.cli.CommandProperties;
import jp.reform.survey.cli.ConsolidationCommand;
import jp.reform.survey.cli.ProfileCheckCommand;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.util.ClassUtils;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReformSurveyApplication {

	private static final Logger log = LoggerFactory.getLogger(ReformSurveyApplication.class);

	/**
	 * The application as {@code main} starts it: no web application from the start, so a one-shot run
	 * never builds a servlet environment; service mode turns into one once its settings are read
	 * (service.ServiceModeEnvironment).
	 */
	public static SpringApplication application() {
		SpringApplication application = new SpringApplication(ReformSurveyApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application;
	}

	/**
	 * Starts from the context that the build's Spring AOT processing generated (the classes
	 * {@code ReformSurveyApplication__*}), about 0.35 s less start-up than weighing every configuration
	 * class and condition again (README, "Running it"). That context is the one-shot run's; service mode
	 * switches back once its settings are read (service.ServiceModeEnvironment). Left alone when set
	 * explicitly ({@code -Dspring.aot.enabled=false}), when the classes are absent (a build without
	 * them), and while the build's processing itself calls main.
	 */
	private static void useBuildTimeContext() {
		if (System.getProperty(AotDetector.AOT_ENABLED) != null || Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
			return;
		}
		if (ClassUtils.isPresent(ReformSurveyApplication.class.getName() + "__ApplicationContextInitializer",
				ReformSurveyApplication.class.getClassLoader())) {
			System.setProperty(AotDetector.AOT_ENABLED, "true");
		}
	}

	public static void main(String[] args) {
		Optional<String> unknown = CommandLineOptions.unknown(args);
		if (unknown.isPresent()) {
			// before anything starts: a typo must not run the defaults instead
			System.err.println(unknown.get());
			System.exit(CommandLineOptions.USAGE);
			return;
		}
		if (ProfileCheckCommand.requested(args)) {
			// an office trying its profile on one workbook: no database, no Spring
			System.exit(ProfileCheckCommand.run(args, System.out));
			return;
		}
		useBuildTimeContext();
		ConfigurableApplicationContext context;
		try {
			context = application().run(CommandLineOptions.withoutDebug(args));
		}
		catch (SpringApplication.AbandonedRunException ex) {
			throw ex; // the build's AOT processing stops the run once the context is prepared
		}
		catch (RuntimeException ex) {
			// Boot has logged the details to the debug log; this is the line a person reads in the scheduler's mail
			log.error("起動できませんでした: {}（詳細: {}）", StartupFailure.describe(ex), CommandLineOptions.debugLog(args));
			System.exit(ConsolidationCommand.FAILED);
			return;
		}
		if (context.getBean(CommandProperties.class).mode() == CommandProperties.Mode.SERVICE) {
			// the schedule's thread keeps the process up until it is stopped (SIGTERM, Ctrl+C, service stop)
			return;
		}
		System.exit(SpringApplication.exit(context));
	}

}
