package jp.reform.survey.batch;

import java.time.Duration;

import jp.reform.survey.store.SubmissionRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/** Ends every run with one paragraph a person can read in the morning (the reason of a failure follows it, once, from the runner). */
@Component
class RunSummaryListener implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RunSummaryListener.class);

	private final SubmissionRepository submissions;

	RunSummaryListener(SubmissionRepository submissions) {
		this.submissions = submissions;
	}

	@Override
	public void afterJob(JobExecution execution) {
		Duration took = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
				: Duration.between(execution.getStartTime(), execution.getEndTime());
		String outcome = execution.getStatus() == BatchStatus.COMPLETED ? "完了" : "失敗";
		RunCounts counts;
		try {
			counts = RunCounts.of(execution, submissions.ofJobExecution(execution.getId()));
		}
		catch (RuntimeException ex) {
			// the database may be what failed: say so rather than fail the summary too
			log.info("実行結果: {}。所要 {} 秒。件数はデータベースから読めないため不明です。", outcome, took.toMillis() / 1000.0);
			return;
		}
		log.info("実行結果: {}。所要 {} 秒。ファイル {} 件のうち新規 {} 件を処理（取込 {} 件、うち一部保留 {} 件、不受理 {} 件、対象外 {} 件）、変更なし {} 件。",
				outcome, took.toMillis() / 1000.0, counts.found(), counts.processed(), counts.loaded(),
				counts.partial(), counts.rejected(), counts.excluded(), counts.unchanged());
	}

}
