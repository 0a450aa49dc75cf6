package jp.reform.survey.batch;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Test hook (imported by the tests that use it, never scanned): once armed, fails the n-th
 * workbook after everything of it has been written, inside its transaction, the worst moment for
 * a partial workbook to survive.
 */
class FailInsideWorkbookTransaction implements ItemWriteListener<LoadedSubmission> {

	private final AtomicInteger countdown = new AtomicInteger(-1);

	/** Fails the n-th workbook written from now on (1 = the next one), once. */
	void failWorkbook(int n) {
		countdown.set(n);
	}

	@Override
	public void afterWrite(Chunk<? extends LoadedSubmission> items) {
		if (countdown.get() > 0 && countdown.decrementAndGet() == 0) {
			throw new IllegalStateException("試験用の障害: " + items.getItems().get(0).submission().fileName()
					+ " の書き込み後、コミット前");
		}
	}

}
