package jp.reform.survey.batch;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import jp.reform.survey.store.DatabaseLost;
import jp.reform.survey.store.DatabaseOutage;
import jp.reform.survey.store.ReferenceRows;
import jp.reform.survey.store.SubmissionRepository;
import jp.reform.survey.store.SurveyStore;
import jp.reform.survey.vocabulary.Finding;
import jp.reform.survey.vocabulary.Severity;
import jp.reform.survey.vocabulary.SubmissionStatus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Stores each read workbook: first the shared rows it refers to ({@link ReferenceRows}, a short
 * transaction), then its own rows ({@link SurveyStore}) in one transaction per workbook. In that
 * transaction the submission is first claimed for this job execution, so the run history and the
 * exit code count what this run loaded and a workbook is never stored twice; the load step's
 * {@code ItemWriteListener}s (run-lock check, progress, test hooks) run inside it too, one
 * workbook at a time.
 *
 * <p>Workbooks are stored concurrently, so two may create the same plan, category, item or
 * department at once: the later insert fails on the unique key (or, on MariaDB, loses a deadlock)
 * and its transaction rolls back. Retrying it in a fresh transaction then finds the row the other
 * one committed; the outcome does not depend on who came first.
 */
class SubmissionWriter implements ItemWriter<LoadedSubmission> {

	static final int MAX_ATTEMPTS = 8;

	private static final Logger log = LoggerFactory.getLogger(SubmissionWriter.class);

	static final String UNSTORED = "データベースに保存できない内容が含まれているため受理できませんでした。"
			+ "数値・文字の大きさや長さを確かめて再提出してください（事務局は実行時のデバッグログで詳細を確認できます）";

	private final ReferenceRows references;

	private final SurveyStore store;

	private final SubmissionRepository submissions;

	private final long jobExecutionId;

	private final TransactionOperations transactions;

	private final List<ItemWriteListener<LoadedSubmission>> listeners;

	private final DatabaseOutage outage;

	/** Without claims, listeners or an enclosing transaction: for tests of the retry alone. */
	SubmissionWriter(ReferenceRows references, SurveyStore store) {
		this(references, store, null, 0, TransactionOperations.withoutTransaction(), List.of(), new DatabaseOutage());
	}

	SubmissionWriter(ReferenceRows references, SurveyStore store, SubmissionRepository submissions,
			long jobExecutionId, TransactionOperations transactions, List<ItemWriteListener<LoadedSubmission>> listeners,
			DatabaseOutage outage) {
		this.references = references;
		this.store = store;
		this.submissions = submissions;
		this.jobExecutionId = jobExecutionId;
		this.transactions = transactions;
		this.listeners = listeners;
		this.outage = outage;
	}

	@Override
	public void write(Chunk<? extends LoadedSubmission> chunk) throws InterruptedException {
		for (LoadedSubmission loaded : chunk) {
			try {
				store(loaded);
			}
			catch (WorkbookNotStored ex) {
				rejectUnstored(loaded, ex.getCause());
			}
			catch (RuntimeException ex) {
				throw noted(ex);
			}
		}
	}

	private void store(LoadedSubmission loaded) throws InterruptedException {
		if (loaded.rejection() != null) {
			Integer formYear = loaded.result() == null || loaded.result().form() == null ? null
					: loaded.result().form().surveyYear();
			retrying(loaded, () -> inWorkbookTransaction(loaded, () -> store.reject(loaded.submission().id(),
					loaded.rejection(), loaded.submission().fileModifiedAt(), formYear,
					loaded.excluded() ? SubmissionStatus.EXCLUDED : SubmissionStatus.REJECTED)));
			return;
		}
		ReferenceRows.References refs = retrying(loaded,
				() -> ofThisWorkbook(() -> references.resolve(loaded.result(), loaded.outcome())));
		retrying(loaded, () -> inWorkbookTransaction(loaded,
				() -> ofThisWorkbook(() -> store.save(loaded.submission().id(), loaded.result(), loaded.outcome(), refs))));
	}

	/**
	 * A workbook the store refused (a value or text it cannot hold, a fault of ours in storing it):
	 * its transaction is rolled back, and it is recorded as 不受理 with a reason the office can act on,
	 * while the other workbooks load. A lost database is no fault of the workbook: that stops the run.
	 */
	private void rejectUnstored(LoadedSubmission loaded, RuntimeException cause) throws InterruptedException {
		if (DatabaseLost.in(cause)) {
			throw noted(cause);
		}
		log.error("不受理（データベースに保存できません）: " + loaded.submission().fileName()
				+ " — 詳細はデバッグログにあります", cause);
		Finding reason = new Finding(Severity.ERROR, null, null, UNSTORED, "データベースに保存できる値の調査票");
		try {
			retrying(loaded, () -> inWorkbookTransaction(loaded, () -> store.reject(loaded.submission().id(), reason,
					loaded.submission().fileModifiedAt(), null, SubmissionStatus.REJECTED)));
		}
		catch (RuntimeException again) {
			cause.addSuppressed(again);
			throw cause;
		}
	}

	/**
	 * A failure that is the database's loss is told to the {@link DatabaseOutage}, so what the run
	 * still does after it (the job repository, the history, the lock) gives up at once.
	 */
	private RuntimeException noted(RuntimeException failure) {
		if (DatabaseLost.in(failure)) {
			outage.lost();
		}
		return failure;
	}

	/** Claims the submission, stores it and runs the listeners, all in one transaction. */
	private Void inWorkbookTransaction(LoadedSubmission loaded, Runnable store) {
		Chunk<LoadedSubmission> one = new Chunk<>(loaded);
		transactions.executeWithoutResult(status -> {
			listeners.forEach(listener -> listener.beforeWrite(one));
			if (submissions != null && !submissions.claim(loaded.submission().id(), jobExecutionId)) {
				log.warn("他の実行で処理済みのため飛ばします: {}", loaded.submission().fileName());
			}
			else {
				store.run();
			}
			listeners.forEach(listener -> listener.afterWrite(one));
		});
		return null;
	}

	/**
	 * Runs the storing of this workbook's own rows: a race with a concurrent workbook is passed on to
	 * be retried, any other failure is the workbook's ({@link WorkbookNotStored}). The run lock's
	 * check and the other listeners stay outside, so their failures still stop the run.
	 */
	private static <T> T ofThisWorkbook(Supplier<T> storing) {
		try {
			return storing.get();
		}
		catch (DuplicateKeyException | TransientDataAccessException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new WorkbookNotStored(ex);
		}
	}

	private static void ofThisWorkbook(Runnable storing) {
		ofThisWorkbook(() -> {
			storing.run();
			return null;
		});
	}

	/** This workbook's rows could not be stored; the cause says why. */
	private static final class WorkbookNotStored extends RuntimeException {

		WorkbookNotStored(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}

	}

	private <T> T retrying(LoadedSubmission loaded, Supplier<T> transaction) throws InterruptedException {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.get();
			}
			catch (DuplicateKeyException | TransientDataAccessException ex) {
				if (DatabaseLost.in(ex)) {
					throw noted(ex);
				}
				if (attempt == MAX_ATTEMPTS) {
					throw new WorkbookNotStored(ex);
				}
				log.debug("同時に取り込んだブックと競合したため再試行します（{} 回目）: {}", attempt, loaded.submission().fileName());
				// A short, growing, jittered pause lets the competing transaction commit first.
				Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
			}
		}
	}

}
