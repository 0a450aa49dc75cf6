package jp.reform.survey.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jp.reform.survey.batch.ConsolidationLauncher;
import jp.reform.survey.batch.InterruptedRuns;
import jp.reform.survey.batch.OfficeTime;
import jp.reform.survey.batch.RunCounts;
import jp.reform.survey.lock.RunLease;
import jp.reform.survey.lock.RunLock;
import jp.reform.survey.lock.RunLockedException;
import jp.reform.survey.store.DatabaseLost;
import jp.reform.survey.store.RunHistoryRepository;
import jp.reform.survey.store.RunOutcome;
import jp.reform.survey.store.RunTrigger;
import jp.reform.survey.store.SubmissionRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * One consolidation as the command line and the service run it: take the database run lock (or
 * refuse at once), tidy up after a run that died, start or continue the job, record the run in
 * the history, release the lock. Every way out is a {@link RunResult}; nothing is thrown.
 */
@Component
public class ConsolidationRunner {

	private static final Logger log = LoggerFactory.getLogger(ConsolidationRunner.class);

	private final RunLock runLock;

	private final InterruptedRuns interruptedRuns;

	private final ConsolidationLauncher launcher;

	private final RunHistoryRepository history;

	private final SubmissionRepository submissions;

	private final JobRepository jobRepository;

	private final Path debugLog;

	ConsolidationRunner(RunLock runLock, InterruptedRuns interruptedRuns, ConsolidationLauncher launcher,
			RunHistoryRepository history, SubmissionRepository submissions, JobRepository jobRepository,
			CommandProperties properties) {
		this.debugLog = properties.debugLog();
		this.runLock = runLock;
		this.interruptedRuns = interruptedRuns;
		this.launcher = launcher;
		this.history = history;
		this.submissions = submissions;
		this.jobRepository = jobRepository;
	}

	public RunResult run(Path inbox, Path output, RunTrigger trigger) {
		LocalDateTime startedAt = now();
		String host = runLock.self().label();
		RunLease lease;
		try {
			lease = runLock.acquire();
		}
		catch (RunLockedException ex) {
			log.warn("集計を開始しません: {}", ex.getMessage());
			try {
				history.refused(startedAt, host, trigger, ex.getMessage());
			}
			catch (RuntimeException historyFailure) {
				log.warn("実行履歴に記録できませんでした: {}", historyFailure.getMessage());
			}
			return new RunResult(RunOutcome.REFUSED, null, ex.getMessage());
		}
		catch (RuntimeException ex) {
			return failed(null, null, FailureMessages.describe(ex), ex);
		}
		try (lease) {
			log.info("集計を開始します（{}、{}）: 受信フォルダ {} → 出力フォルダ {}", trigger.label(), host,
					inbox.toAbsolutePath(), output.toAbsolutePath());
			interruptedRuns.recover();
			long runId = history.started(startedAt, host, trigger);
			Optional<String> folders = RunPaths.problem(inbox, output);
			if (folders.isPresent()) {
				return failed(runId, null, folders.get(), null);
			}
			ConsolidationLauncher.Launch launch;
			try {
				launch = launcher.launch(inbox, output);
			}
			catch (Exception ex) {
				return failed(runId, null, FailureMessages.describe(ex), ex);
			}
			return finish(runId, launch);
		}
		catch (RuntimeException ex) {
			return failed(null, null, FailureMessages.describe(ex), ex);
		}
	}

	private RunResult finish(long runId, ConsolidationLauncher.Launch launch) {
		JobExecution execution = launch.execution();
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			String message = FailureMessages.describe(execution.getAllFailureExceptions());
			return failed(runId, launch, message, null);
		}
		RunCounts counts = RunCounts.of(execution, submissions.ofJobExecution(execution.getId()));
		RunOutcome outcome = rejectionsInThisRun(execution) ? RunOutcome.COMPLETED_WITH_REJECTIONS
				: RunOutcome.COMPLETED;
		String message = outcome == RunOutcome.COMPLETED ? null
				: "不受理・一部保留または対象外のファイルがあります。summary.html の「各課への確認事項」を確認してください。";
		history.finished(runId, new RunHistoryRepository.Finish(now(), execution.getId(), launch.resumed(),
				counts.found(), counts.unchanged(), counts.loaded(), counts.rejected(), counts.partial(), counts.excluded(),
				outcome, message));
		return new RunResult(outcome, execution.getId(), message);
	}

	/**
	 * Rejections of the whole job instance: a restart that continued an attempt which had already
	 * rejected a file still reports it, so a scheduler never sees 0 for a run that rejected files.
	 */
	private boolean rejectionsInThisRun(JobExecution execution) {
		List<Long> attempts = jobRepository.getJobExecutions(execution.getJobInstance())
			.stream()
			.map(JobExecution::getId)
			.toList();
		return submissions.ofJobExecutions(attempts).stream().anyMatch(s -> s.status().hasErrors());
	}

	private RunResult failed(Long runId, ConsolidationLauncher.Launch launch, String message, Throwable cause) {
		// the console shows the sentence only; the debug log gets the stack trace
		log.error("集計に失敗しました: {}（詳細: {}）", message, debugLog.toAbsolutePath(), cause);
		Long executionId = launch == null ? null : launch.execution().getId();
		if (runId != null) {
			try {
				RunCounts counts = launch == null ? RunCounts.NONE
						: RunCounts.of(launch.execution(), submissions.ofJobExecution(executionId));
				history.finished(runId, new RunHistoryRepository.Finish(now(), executionId,
						launch != null && launch.resumed(), counts.found(), counts.unchanged(), counts.loaded(),
						counts.rejected(), counts.partial(), counts.excluded(), RunOutcome.FAILED, message));
			}
			catch (RuntimeException ex) {
				// the database is likely what failed; the next run marks this one INTERRUPTED
				log.warn("実行履歴に結果を記録できませんでした: {}", DatabaseLost.reason(ex));
				log.debug("実行履歴の記録の失敗", ex);
			}
		}
		return new RunResult(RunOutcome.FAILED, executionId, message);
	}

	private static LocalDateTime now() {
		return OfficeTime.now();
	}

}
