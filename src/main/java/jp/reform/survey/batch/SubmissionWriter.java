package jp.reform.survey.batch;

import jp.reform.survey.store.SurveyStore;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores each read workbook; the step's chunk of one makes one transaction per workbook. */
class SubmissionWriter implements ItemWriter<LoadedSubmission> {

	private final SurveyStore store;

	SubmissionWriter(SurveyStore store) {
		this.store = store;
	}

	@Override
	public void write(Chunk<? extends LoadedSubmission> chunk) {
		for (LoadedSubmission loaded : chunk) {
			if (loaded.rejection() != null) {
				store.reject(loaded.submission().id(), loaded.rejection(), loaded.submission().fileModifiedAt());
			}
			else {
				store.save(loaded.submission().id(), loaded.result(), loaded.outcome());
			}
		}
	}

}
