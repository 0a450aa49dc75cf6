package jp.reform.survey.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The {@code --name} options the jar understands besides Spring settings (dotted names such as
 * {@code --spring.datasource.url} or {@code --reform.load.threads}, which Spring binds). A typo
 * would otherwise be ignored and the run go ahead with the defaults. Add an option here when a
 * command starts reading a new one.
 */
public final class CommandLineOptions {

	/** Exit code of a command line the jar does not understand. */
	public static final int USAGE = 2;

	/** Shows stack traces and the libraries' own lines on the console too. */
	public static final String DEBUG = "debug";

	private static final List<String> KNOWN = List.of("inbox", "output", "mode", DEBUG, "generate-forms", "plan",
			"survey-year", "deadline", ProfileCheckCommand.OPTION, ProfileCheckCommand.SAMPLE);

	private CommandLineOptions() {
	}

	/** The message for the first option the jar does not understand, if any. */
	public static Optional<String> unknown(String[] args) {
		for (String arg : args) {
			if (!arg.startsWith("--") || arg.length() == 2) {
				continue;
			}
			String name = arg.substring(2).split("=", 2)[0];
			if (name.contains(".") || KNOWN.contains(name)) {
				continue;
			}
			String suggestion = closest(name).map(known -> "（--" + known + " のことですか？）").orElse("");
			return Optional.of("不明なオプションです: --" + name + suggestion + "。使えるオプション: "
					+ String.join(" ", KNOWN.stream().map(known -> "--" + known).toList())
					+ "、ほかに --spring.… / --reform.… の設定。");
		}
		return Optional.empty();
	}

	/** {@code --debug} becomes the setting {@code reform.debug}; Spring's own --debug would flood the console. */
	public static String[] withoutDebug(String[] args) {
		List<String> kept = new ArrayList<>();
		for (String arg : args) {
			kept.add(arg.equals("--" + DEBUG) ? "--reform.debug=true" : arg);
		}
		return kept.toArray(String[]::new);
	}

	/**
	 * The debug log as logback-spring.xml names it, for a message written when the application did
	 * not start (so its settings cannot be asked): the option, the environment, or the default.
	 */
	public static Path debugLog(String[] args) {
		String option = "--reform.debug-log=";
		for (String arg : args) {
			if (arg.startsWith(option)) {
				return Path.of(arg.substring(option.length())).toAbsolutePath();
			}
		}
		String environment = System.getenv("REFORM_DEBUG_LOG");
		return Path.of(environment == null || environment.isBlank() ? "logs/reform-debug.log" : environment)
			.toAbsolutePath();
	}

	private static Optional<String> closest(String name) {
		LevenshteinDistance distance = new LevenshteinDistance(Math.max(2, name.length() / 3));
		return KNOWN.stream()
			.filter(known -> distance.apply(name, known) >= 0)
			.min(Comparator.comparingInt(known -> distance.apply(name, known)));
	}

}
