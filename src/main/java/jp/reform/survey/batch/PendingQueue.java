package jp.reform.survey.batch;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import jp.reform.survey.store.Submission;

import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * The submissions still pending when the load step starts, handed out one at a time to whichever
 * partition asks next: a partition that drew quick files takes more of them, so no core idles
 * while the other finishes a fixed share. One queue per job execution; thread-safe. Not final: the
 * step-scoped reader bean is a class-based proxy, typed as the class so Spring Batch need not warn
 * that it cannot see the listener annotations of an interface.
 */
class PendingQueue implements ItemReader<Submission> {

	private final ConcurrentLinkedQueue<Submission> pending;

	PendingQueue(List<Submission> pending) {
		this.pending = new ConcurrentLinkedQueue<>(pending);
	}

	/** The next submission to load, or null when none is left. */
	Submission next() {
		return pending.poll();
	}

	/** A partition's reader: the next submission, whichever partition asks. */
	@Override
	public Submission read() {
		return next();
	}

}
