package jp.reform.survey.forms;

import java.nio.file.Path;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar reform-survey.jar --generate-forms [--plan=NAME] [--survey-year=2024]
 * [--deadline=2025-05-31] [--output=DIR]}: writes next collection's forms to {@code DIR/forms/}
 * instead of running a consolidation.
 */
@Component
public class FormsCommand implements ApplicationRunner, ExitCodeGenerator {

	public static final String OPTION = "generate-forms";

	private static final Logger log = LoggerFactory.getLogger(FormsCommand.class);

	private final FormGenerator generator;

	private final Environment environment;

	private int exitCode;

	FormsCommand(FormGenerator generator, Environment environment) {
		this.generator = generator;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!environment.containsProperty(OPTION)) {
			return;
		}
		String output = environment.getProperty("output", environment.getProperty("reform.output", "output"));
		String deadline = environment.getProperty("deadline");
		String year = environment.getProperty("survey-year");
		try {
			generator.generate(environment.getProperty("plan"), year == null ? null : Integer.valueOf(year),
					deadline == null ? null : LocalDate.parse(deadline),
					Path.of(environment.getProperty("reform.templates", "templates")), Path.of(output, "forms"));
		}
		catch (Exception ex) {
			log.error("調査票を作成できませんでした: {}", ex.getMessage());
			exitCode = 1;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
