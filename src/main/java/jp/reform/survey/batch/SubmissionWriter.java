package jp.reform.survey.batch;

import jp.reform.survey.store.SubmissionRepository;
import jp.reform.survey.store.SurveyStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores each read workbook; the step's chunk of one makes one transaction per workbook. The
 * submission is first claimed for this job execution in the same transaction, so the run history
 * and the exit code count what this run loaded, and a workbook is never stored twice.
 */
class SubmissionWriter implements ItemWriter<LoadedSubmission> {

	private static final Logger log = LoggerFactory.getLogger(SubmissionWriter.class);

	private final SurveyStore store;

	private final SubmissionRepository submissions;

	private final long jobExecutionId;

	SubmissionWriter(SurveyStore store, SubmissionRepository submissions, long jobExecutionId) {
		this.store = store;
		this.submissions = submissions;
		this.jobExecutionId = jobExecutionId;
	}

	@Override
	public void write(Chunk<? extends LoadedSubmission> chunk) {
		for (LoadedSubmission loaded : chunk) {
			if (!submissions.claim(loaded.submission().id(), jobExecutionId)) {
				log.warn("他の実行で処理済みのため飛ばします: {}", loaded.submission().fileName());
				continue;
			}
			if (loaded.rejection() != null) {
				Integer formYear = loaded.result() == null || loaded.result().form() == null ? null
						: loaded.result().form().surveyYear();
				store.reject(loaded.submission().id(), loaded.rejection(), loaded.submission().fileModifiedAt(), formYear);
			}
			else {
				store.save(loaded.submission().id(), loaded.result(), loaded.outcome());
			}
		}
	}

}
