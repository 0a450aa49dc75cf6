package jp.reform.survey.batch;

import java.time.Duration;
import java.util.List;

import jp.reform.survey.store.Submission;
import jp.reform.survey.store.SubmissionRepository;
import jp.reform.survey.store.SubmissionStatus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/** Ends every run with one paragraph a person can read in the morning. */
@Component
class RunSummaryListener implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RunSummaryListener.class);

	private final SubmissionRepository submissions;

	RunSummaryListener(SubmissionRepository submissions) {
		this.submissions = submissions;
	}

	@Override
	public void afterJob(JobExecution execution) {
		List<Submission> loaded = submissions.ofJobExecution(execution.getId());
		long rejected = loaded.stream().filter(s -> s.status() == SubmissionStatus.REJECTED).count();
		long partial = loaded.stream().filter(s -> s.status() == SubmissionStatus.PARTIALLY_LOADED).count();
		int found = execution.getExecutionContext().getInt(IntakeTasklet.FOUND, 0);
		int unchanged = execution.getExecutionContext().getInt(IntakeTasklet.UNCHANGED, 0);
		Duration took = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
				: Duration.between(execution.getStartTime(), execution.getEndTime());
		String outcome = execution.getStatus() == BatchStatus.COMPLETED ? "完了" : "失敗（" + execution.getStatus() + "）";
		log.info("実行結果: {}。所要 {} 秒。ブック {} 件のうち新規 {} 件を処理（不受理 {} 件、一部保留 {} 件）、変更なし {} 件。", outcome,
				took.toMillis() / 1000.0, found, loaded.size(), rejected, partial, unchanged);
		execution.getAllFailureExceptions().forEach(ex -> log.error("失敗の理由: {}", ex.getMessage()));
	}

}
