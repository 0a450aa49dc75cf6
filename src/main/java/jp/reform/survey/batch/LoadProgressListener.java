package jp.reform.survey.batch;

import java.time.Duration;

import jp.reform.survey.store.SubmissionRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/**
 * Progress of the load step for long runs: every tenth workbook, and at least every half minute,
 * how many are done, how long it took and about how long is left.
 */
@Component
class LoadProgressListener implements StepExecutionListener, ItemWriteListener<LoadedSubmission> {

	private static final Logger log = LoggerFactory.getLogger(LoadProgressListener.class);

	private static final int EVERY = 10;

	private static final Duration AT_LEAST_EVERY = Duration.ofSeconds(30);

	private final SubmissionRepository submissions;

	// one load step at a time (the run lock); its partitions write concurrently, hence synchronized
	private int total;

	private int done;

	private long startedNanos;

	private long lastLogNanos;

	LoadProgressListener(SubmissionRepository submissions) {
		this.submissions = submissions;
	}

	@Override
	public synchronized void beforeStep(StepExecution stepExecution) {
		total = submissions.pending().size();
		done = 0;
		startedNanos = System.nanoTime();
		lastLogNanos = startedNanos;
		if (total > 0) {
			log.info("取り込み開始: {} 件", total);
		}
	}

	@Override
	public synchronized void afterWrite(Chunk<? extends LoadedSubmission> items) {
		done += items.size();
		long now = System.nanoTime();
		if (done < total && (done % EVERY == 0 || now - lastLogNanos >= AT_LEAST_EVERY.toNanos())) {
			lastLogNanos = now;
			long elapsed = Duration.ofNanos(now - startedNanos).toSeconds();
			long left = done == 0 ? 0 : elapsed * (total - done) / done;
			log.info("進捗: {} / {} 件（経過 {} 秒、残り約 {} 秒）", done, total, elapsed, left);
		}
	}

}
