package jp.reform.survey.batch;

import jp.reform.survey.lock.RunLease;
import jp.reform.survey.lock.RunLock;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/**
 * Before each workbook is stored (inside its transaction), checks that this run still holds the
 * run lock; a run that lost it stops there instead of writing beside the run that took over.
 * (A typed listener of the load step, so it lives where the job is wired.)
 */
@Component
class LockGuard implements ItemWriteListener<LoadedSubmission> {

	private final RunLock runLock;

	LockGuard(RunLock runLock) {
		this.runLock = runLock;
	}

	@Override
	public void beforeWrite(Chunk<? extends LoadedSubmission> items) {
		RunLease lease = runLock.current();
		if (lease != null) {
			lease.verify();
		}
	}

}
