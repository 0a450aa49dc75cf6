package jp.reform.survey.batch;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import jp.reform.survey.store.ReferenceRows;
import jp.reform.survey.store.SurveyStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Stores each read workbook: first the shared rows it refers to ({@link ReferenceRows}, a short
 * transaction), then its own rows ({@link SurveyStore}, one transaction per workbook). Workbooks are
 * stored concurrently, so two may create the same plan, category, item or department at once: the
 * later insert fails on the unique key (or, on MariaDB, loses a deadlock) and its transaction rolls
 * back. Retrying it in a fresh transaction then finds the row the other one committed; the outcome
 * does not depend on who came first.
 */
class SubmissionWriter implements ItemWriter<LoadedSubmission> {

	static final int MAX_ATTEMPTS = 8;

	private static final Logger log = LoggerFactory.getLogger(SubmissionWriter.class);

	private final ReferenceRows references;

	private final SurveyStore store;

	SubmissionWriter(ReferenceRows references, SurveyStore store) {
		this.references = references;
		this.store = store;
	}

	@Override
	public void write(Chunk<? extends LoadedSubmission> chunk) throws InterruptedException {
		for (LoadedSubmission loaded : chunk) {
			if (loaded.rejection() != null) {
				retrying(loaded, () -> {
					store.reject(loaded.submission().id(), loaded.rejection(), loaded.submission().fileModifiedAt());
					return null;
				});
				continue;
			}
			ReferenceRows.References refs = retrying(loaded, () -> references.resolve(loaded.result(), loaded.outcome()));
			retrying(loaded, () -> {
				store.save(loaded.submission().id(), loaded.result(), loaded.outcome(), refs);
				return null;
			});
		}
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
