package jp.reform.survey.batch;

import java.time.format.DateTimeFormatter;

import jp.reform.survey.store.RunHistoryRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Tidies up after a run that died (kill -9, power cut, database gone): called by the holder of the
 * run lock, when no other run can be in progress, so whatever the job repository and the run
 * history still show as running is dead. Its job execution is marked FAILED (Spring Batch's
 * recover), which makes it restartable; its history row becomes INTERRUPTED.
 */
@Component
public class InterruptedRuns {

	private static final Logger log = LoggerFactory.getLogger(InterruptedRuns.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final RunHistoryRepository history;

	InterruptedRuns(JobRepository jobRepository, JobOperator jobOperator, RunHistoryRepository history) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.history = history;
	}

	public void recover() {
		for (JobExecution running : jobRepository.findRunningJobExecutions(ConsolidationJobConfiguration.JOB_NAME)) {
			// re-read with its step executions, which recover marks FAILED too
			JobExecution execution = jobRepository.getJobExecution(running.getId());
			log.warn("前回の実行（ジョブ実行 {}、開始 {}）は途中で止まっていました（強制終了・停電・データベース切断など）。"
					+ "失敗として記録し、今回その続きから処理します。", execution.getId(),
					execution.getStartTime() == null ? "不明" : TIME.format(execution.getStartTime()));
			jobOperator.recover(execution);
		}
		history.markInterrupted("途中で停止しました（強制終了・停電・データベース切断など）。次の実行が続きから処理しました。");
	}

}
