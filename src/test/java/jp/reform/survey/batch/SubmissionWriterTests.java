package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;

import jp.reform.survey.store.ReferenceRows;
import jp.reform.survey.store.Submission;
import jp.reform.survey.vocabulary.SubmissionStatus;
import jp.reform.survey.store.SurveyStore;
import jp.reform.survey.survey.CoverInfo;
import jp.reform.survey.survey.SurveyResult;

import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/** A workbook that lost a race to a concurrent one is stored again, not failed. */
class SubmissionWriterTests {

	@Test
	void retriesAWorkbookThatLostARaceForAReferenceRow() throws Exception {
		FlakyStore store = new FlakyStore(List.of(new DuplicateKeyException("uq_plan_name"),
				new CannotAcquireLockException("Deadlock found when trying to get lock")));

		new SubmissionWriter(new NoReferences(), store).write(new Chunk<>(loaded()));

		assertThat(store.attempts).isEqualTo(3);
	}

	@Test
	void givesUpAfterTheLastAttemptAndOnOtherErrors() {
		FlakyStore racing = new FlakyStore(java.util.Collections.nCopies(SubmissionWriter.MAX_ATTEMPTS,
				new DuplicateKeyException("uq_item")));
		assertThatThrownBy(() -> new SubmissionWriter(new NoReferences(), racing).write(new Chunk<>(loaded())))
			.isInstanceOf(DuplicateKeyException.class);
		assertThat(racing.attempts).isEqualTo(SubmissionWriter.MAX_ATTEMPTS);

		FlakyStore broken = new FlakyStore(List.of(new DataIntegrityViolationException("value too long")));
		assertThatThrownBy(() -> new SubmissionWriter(new NoReferences(), broken).write(new Chunk<>(loaded())))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(broken.attempts).isEqualTo(1);
	}

	private static LoadedSubmission loaded() {
		Submission submission = new Submission(1, "a.xlsx", "/inbox/a.xlsx", "f", 1, LocalDateTime.now(), null, null,
				SubmissionStatus.PENDING, 0, 1L);
		return new LoadedSubmission(submission, new SurveyResult(CoverInfo.empty(), List.of(), List.of()),
				new SurveyStore.Outcome(SubmissionStatus.LOADED, LocalDateTime.now(), "file", null), null);
	}

	/** A workbook without items refers to nothing. */
	private static final class NoReferences extends ReferenceRows {

		NoReferences() {
			super(null);
		}

		@Override
		public References resolve(SurveyResult result, SurveyStore.Outcome outcome) {
			return new References(List.of(), null, null);
		}

	}

	/** Fails with the given exceptions, one per attempt, then succeeds. */
	private static final class FlakyStore extends SurveyStore {

		private final List<RuntimeException> failures;

		int attempts;

		FlakyStore(List<RuntimeException> failures) {
			super(null, null);
			this.failures = failures;
		}

		@Override
		public void save(long submissionId, SurveyResult result, Outcome outcome, ReferenceRows.References refs) {
			attempts++;
			if (attempts <= failures.size()) {
				throw failures.get(attempts - 1);
			}
		}

	}

}
