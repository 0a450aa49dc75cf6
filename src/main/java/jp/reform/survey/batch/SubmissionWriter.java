package jp.reform.survey.batch;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import jp.reform.survey.store.ReferenceRows;
import jp.reform.survey.store.SubmissionRepository;
import jp.reform.survey.store.SurveyStore;
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

	private final ReferenceRows references;

	private final SurveyStore store;

	private final SubmissionRepository submissions;

	private final long jobExecutionId;

	private final TransactionOperations transactions;

	private final List<ItemWriteListener<LoadedSubmission>> listeners;

	/** Without claims, listeners or an enclosing transaction: for tests of the retry alone. */
	SubmissionWriter(ReferenceRows references, SurveyStore store) {
		this(references, store, null, 0, TransactionOperations.withoutTransaction(), List.of());
	}

	SubmissionWriter(ReferenceRows references, SurveyStore store, SubmissionRepository submissions,
			long jobExecutionId, TransactionOperations transactions, List<ItemWriteListener<LoadedSubmission>> listeners) {
		this.references = references;
		this.store = store;
		this.submissions = submissions;
		this.jobExecutionId = jobExecutionId;
		this.transactions = transactions;
		this.listeners = listeners;
	}

	@Override
	public void write(Chunk<? extends LoadedSubmission> chunk) throws InterruptedException {
		for (LoadedSubmission loaded : chunk) {
			if (loaded.rejection() != null) {
				Integer formYear = loaded.result() == null || loaded.result().form() == null ? null
						: loaded.result().form().surveyYear();
				retrying(loaded, () -> inWorkbookTransaction(loaded, () -> store.reject(loaded.submission().id(),
						loaded.rejection(), loaded.submission().fileModifiedAt(), formYear,
						loaded.excluded() ? SubmissionStatus.EXCLUDED : SubmissionStatus.REJECTED)));
				continue;
			}
			ReferenceRows.References refs = retrying(loaded, () -> references.resolve(loaded.result(), loaded.outcome()));
			retrying(loaded, () -> inWorkbookTransaction(loaded,
					() -> store.save(loaded.submission().id(), loaded.result(), loaded.outcome(), refs)));
		}
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

	private <T> T retrying(LoadedSubmission loaded, Supplier<T> transaction) throws InterruptedException {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.get();
			}
			catch (DuplicateKeyException | TransientDataAccessException ex) {
				if (attempt == MAX_ATTEMPTS) {
					throw ex;
				}
				log.debug("同時に取り込んだブックと競合したため再試行します（{} 回目）: {}", attempt, loaded.submission().fileName());
				// A short, growing, jittered pause lets the competing transaction commit first.
				Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
			}
		}
	}

}
