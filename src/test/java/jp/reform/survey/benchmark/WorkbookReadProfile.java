package jp.reform.survey.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jp.reform.survey.workbook.GridDigest;
import jp.reform.survey.workbook.GuardedWorkbookReader;
import jp.reform.survey.workbook.StreamingWorkbookReader;
import jp.reform.survey.workbook.WorkbookLimits;
import jp.reform.survey.workbook.WorkbookReadException;
import jp.reform.survey.workbook.WorkbookReader;

/**
 * The workbook part of the reading alone, in thread CPU time (the machine is shared, so wall time
 * is noisy): the parse floor, the streaming read, the guard's package check on its own, and both
 * as the load step calls them; best of several passes after a warm-up. Prints a digest of every
 * grid read through the guard, so a change can be shown to give the same results.
 *
 * <pre>java -cp target/classes:target/test-classes:… jp.reform.survey.benchmark.WorkbookReadProfile DIR [passes]</pre>
 */
public final class WorkbookReadProfile {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private interface Pass {

		void run(Path file) throws Exception;

	}

	public static void main(String[] args) throws Exception {
		List<Path> files = BenchmarkData.workbooks(Path.of(args[0]));
		int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		ParseFloor floor = new ParseFloor();
		StreamingWorkbookReader reader = new StreamingWorkbookReader();
		WorkbookReader guardOnly = new GuardedWorkbookReader(file -> null, WorkbookLimits.defaults());
		WorkbookReader guarded = new GuardedWorkbookReader(reader, WorkbookLimits.defaults());

		System.out.printf(Locale.ROOT, "digest %s (%d files)%n", digest(guarded, files), files.size());
		Pass floorPass = file -> {
			if (!file.toString().endsWith(".xls")) {
				floor.pass(file);
			}
		};
		Pass readPass = reader::read;
		Pass guardPass = guardOnly::read;
		Pass loadPass = guarded::read;
		for (Pass pass : List.of(floorPass, readPass, guardPass, loadPass)) {
			time(pass, files); // warm-up
		}
		double floorCpu = best(floorPass, files, passes);
		double readCpu = best(readPass, files, passes);
		double guardCpu = best(guardPass, files, passes);
		double loadCpu = best(loadPass, files, passes);
		System.out.printf(Locale.ROOT, "thread CPU s, best of %d: floor %.3f  read %.3f (%.2f× floor)  guard %.3f  "
				+ "guard+read %.3f (%.2f× floor)  streamed %d  fell back %d%n", passes, floorCpu, readCpu,
				readCpu / floorCpu, guardCpu, loadCpu, loadCpu / floorCpu, reader.streamedCount(), reader.fallbackCount());
		System.exit(0);
	}

	private static String digest(WorkbookReader reader, List<Path> files) {
		GridDigest digest = new GridDigest();
		for (Path file : files) {
			try {
				digest.add(reader.read(file));
			}
			catch (WorkbookReadException ex) {
				digest.add("refused " + file.getFileName() + ": " + ex.getMessage());
			}
		}
		return digest.hex();
	}

	private static double best(Pass pass, List<Path> files, int passes) throws Exception {
		double best = Double.MAX_VALUE;
		for (int i = 0; i < passes; i++) {
			best = Math.min(best, time(pass, files));
		}
		return best;
	}

	private static double time(Pass pass, List<Path> files) throws Exception {
		long start = THREADS.getCurrentThreadCpuTime();
		for (Path file : files) {
			pass.run(file);
		}
		return (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
	}

}
