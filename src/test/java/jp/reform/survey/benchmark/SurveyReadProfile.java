package jp.reform.survey.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jp.reform.survey.survey.SurveyReader;
import jp.reform.survey.survey.SurveyResult;
import jp.reform.survey.workbook.StreamingWorkbookReader;
import jp.reform.survey.workbook.WorkbookGrid;

/**
 * Times the survey part alone ({@link SurveyReader#read}) over grids read once up front, on one
 * thread, in thread CPU time (wall time is noisy on a shared machine), and prints a digest of every
 * result so an optimisation can prove it changed nothing.
 *
 * <p>Arguments: the inbox folder, then optionally the number of timed passes (default 5) and the
 * number of workbooks to use (default all). Then, as the benchmark's read_s does, passes that read
 * each workbook afresh and time the survey part of each (it then meets freshly read grids, not
 * ones it has already been through, and costs more).
 */
public final class SurveyReadProfile {

	private SurveyReadProfile() {
	}

	public static void main(String[] args) throws Exception {
		Path inbox = Path.of(args[0]);
		int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		List<Path> files = BenchmarkData.workbooks(inbox);
		if (args.length > 2) {
			files = files.subList(0, Math.min(files.size(), Integer.parseInt(args[2])));
		}
		StreamingWorkbookReader reader = new StreamingWorkbookReader();
		List<WorkbookGrid> grids = new ArrayList<>();
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		for (Path file : files) {
			try {
				grids.add(reader.read(file));
			}
			catch (Exception ex) { // an unreadable workbook is part of the data set: it counts in the digest
				digest.update((file.getFileName() + " unreadable: " + ex).getBytes(StandardCharsets.UTF_8));
			}
		}
		SurveyReader surveys = new SurveyReader();
		long items = 0;
		long findings = 0;
		for (WorkbookGrid grid : grids) {
			SurveyResult result = surveys.read(grid);
			items += result.items().size();
			findings += result.findings().size();
			digest.update((grid.fileName() + "\n" + result + "\n").getBytes(StandardCharsets.UTF_8));
		}
		System.out.printf(Locale.ROOT, "workbooks=%d grids=%d items=%d findings=%d digest=%s%n", files.size(),
				grids.size(), items, findings, HexFormat.of().formatHex(digest.digest()));

		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int warmUp = 0; warmUp < 3; warmUp++) {
			readAll(surveys, grids);
		}
		long bestCpu = Long.MAX_VALUE;
		long bestWall = Long.MAX_VALUE;
		for (int pass = 0; pass < passes; pass++) {
			long cpu = threads.getCurrentThreadCpuTime();
			long wall = System.nanoTime();
			readAll(surveys, grids);
			cpu = threads.getCurrentThreadCpuTime() - cpu;
			wall = System.nanoTime() - wall;
			bestCpu = Math.min(bestCpu, cpu);
			bestWall = Math.min(bestWall, wall);
			System.out.printf(Locale.ROOT, "pass %d: cpu %.3f s, wall %.3f s%n", pass + 1, cpu / 1e9, wall / 1e9);
		}
		System.out.printf(Locale.ROOT, "best: cpu %.3f s, wall %.3f s over %d workbooks%n", bestCpu / 1e9,
				bestWall / 1e9, grids.size());
		grids.clear();

		long bestSurvey = Long.MAX_VALUE;
		for (int pass = 0; pass < 3; pass++) {
			long survey = 0;
			for (Path file : files) {
				WorkbookGrid grid;
				try {
					grid = reader.read(file);
				}
				catch (Exception ex) {
					continue;
				}
				long cpu = threads.getCurrentThreadCpuTime();
				surveys.read(grid);
				survey += threads.getCurrentThreadCpuTime() - cpu;
			}
			bestSurvey = Math.min(bestSurvey, survey);
			System.out.printf(Locale.ROOT, "read afresh, pass %d: survey part cpu %.3f s%n", pass + 1, survey / 1e9);
		}
		System.out.printf(Locale.ROOT, "read afresh, best: survey part cpu %.3f s%n", bestSurvey / 1e9);
	}

	private static long readAll(SurveyReader surveys, List<WorkbookGrid> grids) {
		long items = 0;
		for (WorkbookGrid grid : grids) {
			items += surveys.read(grid).items().size();
		}
		return items;
	}

}
