package jp.reform.survey.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jp.reform.survey.survey.LayoutProfileException;
import jp.reform.survey.survey.ProfileTrial;
import jp.reform.survey.workbook.GuardedWorkbookReader;
import jp.reform.survey.workbook.StreamingWorkbookReader;
import jp.reform.survey.workbook.WorkbookLimits;
import jp.reform.survey.workbook.WorkbookReadException;

/**
 * {@code --check-profile=FILE.yml --sample=WORKBOOK}: an office's profile tried on one workbook, before
 * anything else starts (no database, no Spring): what {@link ProfileTrial} finds is printed. Exit code 0 when
 * the profile read items without errors, 1 when it read none or with errors, 2 when the profile or the
 * workbook cannot be read at all.
 */
public final class ProfileCheckCommand {

	public static final String OPTION = "check-profile";

	public static final String SAMPLE = "sample";

	private ProfileCheckCommand() {
	}

	public static boolean requested(String[] args) {
		return option(args, OPTION).isPresent();
	}

	public static int run(String[] args, PrintStream out) {
		Optional<String> profile = option(args, OPTION);
		Optional<String> sample = option(args, SAMPLE);
		if (profile.isEmpty() || profile.get().isBlank() || sample.isEmpty() || sample.get().isBlank()) {
			out.println("使い方: --check-profile=様式定義ファイル.yml --sample=調査票.xlsx（試す様式定義と、その様式で書かれたブック1つ）");
			return CommandLineOptions.USAGE;
		}
		Path profileFile = Path.of(profile.get());
		Path workbook = Path.of(sample.get());
		if (!Files.isRegularFile(profileFile) || !Files.isRegularFile(workbook)) {
			out.println("ファイルがありません: " + (Files.isRegularFile(profileFile) ? workbook : profileFile));
			return CommandLineOptions.USAGE;
		}
		try {
			ProfileTrial trial = ProfileTrial.of(profileFile);
			ProfileTrial.Outcome outcome = trial
				.run(new GuardedWorkbookReader(new StreamingWorkbookReader(), WorkbookLimits.defaults()).read(workbook));
			out.print(outcome.report());
			return outcome.readItems() && !outcome.errors() ? 0 : 1;
		}
		catch (LayoutProfileException ex) {
			out.println(ex.getMessage());
			return CommandLineOptions.USAGE;
		}
		catch (WorkbookReadException ex) {
			out.println("ブックを読めません: " + workbook + "（" + ex.getMessage() + "）");
			return CommandLineOptions.USAGE;
		}
	}

	private static Optional<String> option(String[] args, String name) {
		for (String arg : args) {
			if (arg.startsWith("--" + name + "=")) {
				return Optional.of(arg.substring(name.length() + 3));
			}
			if (arg.equals("--" + name)) {
				return Optional.of("");
			}
		}
		return Optional.empty();
	}

}
