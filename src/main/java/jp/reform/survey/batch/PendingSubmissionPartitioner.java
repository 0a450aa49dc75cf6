package jp.reform.survey.batch;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per load thread. A partition records only its number: locally the partitions
 * share one queue of pending submissions ({@link PendingQueue}); remote workers would each take
 * the pending submissions whose id modulo the grid is their number (docs/scaling.md).
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

}
