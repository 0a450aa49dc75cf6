package jp.reform.survey.lock;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/**
 * Before each workbook is stored (inside its transaction), checks that this run still holds the
 * run lock; a run that lost it stops there instead of writing beside the run that took over.
 */
@Component
public class LockGuard implements ItemWriteListener<Object> {

	private final RunLock runLock;

	public LockGuard(RunLock runLock) {
		this.runLock = runLock;
	}

	@Override
	public void beforeWrite(Chunk<? extends Object> items) {
		RunLease lease = runLock.current();
		if (lease != null) {
			lease.verify();
		}
	}

}
