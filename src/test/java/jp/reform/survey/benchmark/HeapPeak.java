package jp.reform.survey.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Peak heap use between two calls, from the JVM's memory pools (sum of the heap pools' peaks). */
final class HeapPeak {

	private HeapPeak() {
	}

	static void reset() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	static double megabytes() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / (1024.0 * 1024.0);
	}

	static double maxMegabytes() {
		return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
	}

}
