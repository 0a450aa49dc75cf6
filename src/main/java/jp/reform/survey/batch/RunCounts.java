package jp.reform.survey.batch;

import java.util.List;

import jp.reform.survey.store.Submission;
import jp.reform.survey.vocabulary.SubmissionStatus;

import org.springframework.batch.core.job.JobExecution;

/**
 * What one job execution saw and did: files found in the inbox, skipped as unchanged, loaded
 * (with or without warnings, or with item sheets held back), rejected, and excluded as no
 * spreadsheet (対象外).
 */
public record RunCounts(int found, int unchanged, int loaded, int rejected, int partial, int excluded) {

	public static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0, 0);

	/** {@code handled}: the submissions this execution claimed and stored. */
	public static RunCounts of(JobExecution execution, List<Submission> handled) {
		int rejected = (int) handled.stream().filter(s -> s.status() == SubmissionStatus.REJECTED).count();
		int partial = (int) handled.stream().filter(s -> s.status() == SubmissionStatus.PARTIALLY_LOADED).count();
		int excluded = (int) handled.stream().filter(s -> s.status() == SubmissionStatus.EXCLUDED).count();
		int loaded = (int) handled.stream()
			.filter(s -> s.status() != SubmissionStatus.REJECTED && s.status() != SubmissionStatus.EXCLUDED
					&& s.status() != SubmissionStatus.PENDING)
			.count();
		return new RunCounts(execution.getExecutionContext().getInt(IntakeTasklet.FOUND, 0),
				execution.getExecutionContext().getInt(IntakeTasklet.UNCHANGED, 0), loaded, rejected, partial, excluded);
	}

	public int processed() {
		return loaded + rejected + excluded;
	}

}
