package jp.reform.survey.batch;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.reform.survey.store.SubmissionRepository;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The {@link PendingQueue} of each running load step, by job execution: filled when the load step
 * starts (with what is pending then, so a restart picks up what is left), emptied when it ends.
 * Partitions run on threads of their own, outside the job's scope, hence this holder.
 */
final class PendingQueues implements StepExecutionListener {

	private final Map<Long, PendingQueue> queues = new ConcurrentHashMap<>();

	private final SubmissionRepository submissions;

	PendingQueues(SubmissionRepository submissions) {
		this.submissions = submissions;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		queues.put(stepExecution.getJobExecutionId(), new PendingQueue(submissions.pending()));
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		queues.remove(stepExecution.getJobExecutionId());
		return null;
	}

	/** The queue of a running load step; empty if the step is not running (nothing to hand out). */
	PendingQueue of(long jobExecutionId) {
		return queues.getOrDefault(jobExecutionId, new PendingQueue(List.of()));
	}

}
