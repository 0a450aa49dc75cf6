package jp.reform.survey.batch;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the pending submissions into {@code gridSize} partitions by submission id modulo the grid:
 * ids are handed out in inbox order at intake, so every partition gets a like share of the files.
 * The partition only records its number; the worker reads what is still pending when it starts,
 * so a restarted partition does not redo files it has already stored.
 */
final class PendingSubmissionPartitioner implements Partitioner {

	static final String PARTITION = "partition";

	static final String PARTITIONS = "partitions";

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int i = 0; i < gridSize; i++) {
			ExecutionContext context = new ExecutionContext();
			context.putInt(PARTITION, i);
			context.putInt(PARTITIONS, gridSize);
			partitions.put("partition" + i, context);
		}
		return partitions;
	}

	static boolean belongs(long submissionId, int partition, int partitions) {
		return Math.floorMod(submissionId, partitions) == partition;
	}

}
