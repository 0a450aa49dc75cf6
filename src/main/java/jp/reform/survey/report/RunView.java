package jp.reform.survey.report;

import java.time.Duration;
import java.util.List;

import jp.reform.survey.store.RunOutcome;
import jp.reform.survey.store.RunRecord;

/**
 * A run as the summary's run history lists it, every field already in the office's words. Counts
 * show "－" where the run never recorded them (still running — the run writing this summary —,
 * refused, or died).
 */
public record RunView(String startedAt, String duration, String trigger, String host, String found,
		String unchanged, String loaded, String rejected, String excluded, String outcome, boolean problem,
		String message) {

	static List<RunView> of(List<RunRecord> runs, JapaneseFormats formats) {
		return runs.stream().map(run -> of(run, formats)).toList();
	}

	private static RunView of(RunRecord run, JapaneseFormats formats) {
		boolean counted = run.outcome() != RunOutcome.RUNNING && run.outcome() != RunOutcome.REFUSED
				&& run.outcome() != RunOutcome.INTERRUPTED;
		// the run lock makes the one run still RUNNING the run writing this summary
		String outcome = run.outcome() == RunOutcome.RUNNING ? "この集計（実行中）"
				: run.outcome().label() + (run.resumed() ? "（前回の続きから再開）" : "");
		boolean problem = run.outcome() != RunOutcome.COMPLETED && run.outcome() != RunOutcome.RUNNING;
		return new RunView(formats.dateTime(run.startedAt()), duration(run.duration()), run.trigger().label(),
				run.host(), count(counted, run.filesFound()), count(counted, run.filesUnchanged()),
				count(counted, run.filesLoaded()), count(counted, run.filesRejected()),
				count(counted, run.filesExcluded()), outcome, problem,
				run.message() == null ? "" : run.message());
	}

	private static String count(boolean counted, int value) {
		return counted ? String.valueOf(value) : "－";
	}

	private static String duration(Duration duration) {
		if (duration == null) {
			return "－";
		}
		long seconds = Math.max(0, Math.round(duration.toMillis() / 1000.0));
		return seconds < 60 ? seconds + " 秒" : seconds / 60 + " 分 " + seconds % 60 + " 秒";
	}

}
