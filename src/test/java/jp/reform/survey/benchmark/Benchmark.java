package jp.reform.survey.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import jp.reform.survey.survey.SurveyReader;
import jp.reform.survey.workbook.StreamingWorkbookReader;
import jp.reform.survey.workbook.WorkbookGrid;

/**
 * Measures, in one run and on the same generated files: (a) the product's whole job on the
 * embedded database, (d) a rerun with nothing changed, (c) the parse floor (unzip + StAX over the
 * sheet XML, with the product's parser and, for reference, the JDK's), (b) POI's user model reading every cell, and the product's own reading + normalising.
 * The job and the rerun run first, in a JVM of their own started as the office's nightly command
 * starts the product ({@code -Xmx256m} and the JVM options in pom.xml's {@code reform.jvm}), on a
 * cold JIT, timed inside that JVM; the reading passes then run here, each after three whole untimed
 * passes of its own (warm-up), timed five times, the shortest kept. Reading passes run on one thread
 * so they compare like with like; the job uses every core.
 *
 * <p>Run it with the one command in the README ("Benchmark"). Options: {@code --workbooks=N}
 * (default 1000), {@code --large-rows=R} (instead: one workbook with an R × 10 sheet),
 * {@code --seed=S}, {@code --data=DIR} (generated files are cached there), {@code --skip-usermodel},
 * {@code --ods} (the same files saved by LibreOffice as .ods, read by the product's .ods reader),
 * {@code --repeat=K} (reading passes are timed K times and the shortest kept; default 5),
 * {@code --job-jvm=OPTION,OPTION} (the job's JVM options instead of the product's, comma-separated;
 * {@code --job-jvm=} for none, i.e. the JVM's defaults).
 */
public final class Benchmark {

	private final Map<String, String> options;

	private final List<String[]> table = new ArrayList<>();

	/** Process CPU time (all threads: workers, JIT, GC) when the current phase started. */
	private long cpuAtStart;

	private Benchmark(Map<String, String> options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			for (String part : arg.trim().split("\\s+")) {
				if (part.startsWith("--")) {
					String[] kv = part.substring(2).split("=", 2);
					options.put(kv[0], kv.length > 1 ? kv[1] : "true");
				}
			}
		}
		new Benchmark(options).run();
		System.exit(0);
	}

	private void run() throws Exception {
		long seed = Long.parseLong(options.getOrDefault("seed", "20240510"));
		int largeRows = Integer.parseInt(options.getOrDefault("large-rows", "0"));
		int count = Integer.parseInt(options.getOrDefault("workbooks", "1000"));
		BenchmarkData data = new BenchmarkData(Path.of(options.getOrDefault("data", "target/benchmark-data")));
		Path inbox = largeRows > 0 ? data.large(largeRows, seed) : data.inbox(count, seed);
		boolean ods = options.containsKey("ods");
		if (ods) {
			inbox = data.ods(inbox); // POI's user model cannot read .ods: no (b) then
		}
		List<Path> files = BenchmarkData.workbooks(inbox);
		Path work = Files.createTempDirectory(Path.of("target"), "benchmark-run-");
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		System.out.printf(Locale.ROOT, "cores=%d max_heap_mb=%.0f load_avg_before=%.2f files=%d (%s)%n",
				Runtime.getRuntime().availableProcessors(), HeapPeak.maxMegabytes(), load, files.size(), inbox);

		Wholes wholes = wholeProcesses(files, inbox, work);

		// The job as the office runs it: its own JVM, -Xmx256m and the product's JVM options.
		List<String> jobJvm = List.of(options.getOrDefault("job-jvm", System.getProperty("benchmark.job.jvm", ""))
			.trim()
			.split("[,\\s]+"))
			.stream()
			.filter(o -> !o.isEmpty())
			.toList();
		System.out.println("job JVM options: -Xmx256m " + String.join(" ", jobJvm));
		Map<String, Map<String, String>> jobs = new JobProcess(jobJvm).run(inbox, work);
		double startup = Double.parseDouble(jobs.get("startup").get("seconds"));
		double job = jobRow("(a) job: intake+read+normalise+load+consolidate+report", jobs.get("job"), files.size(),
				"all cores, cold JIT, own JVM");
		double loadStep = Double.parseDouble(jobs.get("job").getOrDefault("load", "NaN"));
		double rerun = jobRow("(d) rerun, nothing changed", jobs.get("rerun"), files.size(), "same JVM as (a)");
		double jobFloor = Double.parseDouble(jobs.get("floor").get("seconds"));
		table.add(new String[] { "(c') parse floor in the job's JVM, after the job", format(jobFloor), "",
				String.format(Locale.ROOT, "%.2f", jobFloor * 1000 / files.size()), "", "same compiler as (a), best of 2" });
		// Peak heap of the product's own phases (job, rerun, reading); the baselines' peaks are in the table.
		double peak = Math.max(Double.parseDouble(jobs.get("job").get("peak_mb")),
				Double.parseDouble(jobs.get("rerun").get("peak_mb")));

		int repeat = Integer.parseInt(options.getOrDefault("repeat", "5"));
		resetPhase();
		long[] cells = new long[1];
		double floor = warmBest(repeat, () -> cells[0] = floor(new ParseFloor(), files));
		row("(c) parse floor: unzip + StAX over sheet XML", floor, files.size(),
				cells[0] + " cells, best of " + repeat + ", the product's parser (Woodstox)");
		resetPhase();
		double jdkFloor = warmBest(repeat, () -> floor(ParseFloor.jdk(), files));
		row("     same, with the JDK's built-in StAX parser", jdkFloor, files.size(), "for reference");

		String usermodel = "skipped";
		double usermodelSeconds = Double.NaN;
		if (!options.containsKey("skip-usermodel") && !ods) {
			resetPhase();
			long start = System.nanoTime();
			String note;
			try {
				long[] visited = new long[1];
				usermodelSeconds = warmBest(repeat, () -> visited[0] = usermodel(files));
				usermodel = format(usermodelSeconds);
				note = visited[0] + " cells, best of " + repeat;
			}
			catch (OutOfMemoryError oom) {
				note = "OutOfMemoryError after " + format(seconds(start)) + " s";
				usermodel = "OOM";
			}
			row("(b) POI usermodel, cell by cell", usermodelSeconds, files.size(), note);
		}

		resetPhase();
		long[] read = new long[1];
		double readSeconds = warmBest(repeat, () -> read[0] = read(files, 1));
		peak = Math.max(peak, row("read_s: product reading + normalising", readSeconds, files.size(),
				read[0] + " items, one thread, best of " + repeat));
		resetPhase();
		long start = System.nanoTime();
		read(files, Runtime.getRuntime().availableProcessors());
		row("     same, on every core", seconds(start), files.size(), "for reference");

		print(startup, load);
		wholes.print(usermodelSeconds, floor);
		System.out.printf(Locale.ROOT, "usermodel/read = %s   read/floor = %.2f   load step/floor in the job's JVM = %.2f%n",
				Double.isNaN(usermodelSeconds) ? usermodel : String.format(Locale.ROOT, "%.2f", usermodelSeconds / readSeconds),
				readSeconds / floor, loadStep / jobFloor);
		deleteTree(work);
		System.out.printf(Locale.ROOT, "workbooks=%d cells=%d job_s=%s read_s=%s usermodel_s=%s floor_s=%s rerun_s=%s peak_heap_mb=%.0f"
				+ " startup_s=%s one_change_job_s=%s index_kb=%.0f index_render_s=%s peer_s=%s whole_s=%s%n",
				files.size(), cells[0], format(job), format(readSeconds), usermodel, format(floor), format(rerun), peak,
				format(wholes.startup()), format(wholes.oneChange().job()), wholes.indexBytes() / 1024.0,
				format(wholes.indexRender()), format(wholes.peer()), format(wholes.whole().wall()));
	}

	/**
	 * The whole processes, as the office starts them, side by side in this run: the launcher on the
	 * files with a fresh store, again unchanged, again with one workbook changed; start-up on an empty
	 * inbox against that store, three times each for the launcher and the plain executable jar; the
	 * summary (an index with several plans) opened in headless Chromium; the openpyxl peer script.
	 */
	private Wholes wholeProcesses(List<Path> files, Path inbox, Path work) throws Exception {
		LauncherRuns.ensureBuilt();
		Path dir = work.resolve("launcher");
		LauncherRuns runs = new LauncherRuns(Files.createDirectories(dir));
		Path linked = LauncherRuns.linkedInbox(files, dir.resolve("inbox"));
		Path output = dir.resolve("output");
		LauncherRuns.Run whole = runs.launcher("whole process, fresh store", linked, output);
		LauncherRuns.Run unchanged = runs.launcher("whole process, nothing changed", linked, output);
		LauncherRuns.changeOne(linked);
		LauncherRuns.Run oneChange = runs.launcher("whole process, one workbook changed", linked, output);
		Path empty = Files.createDirectories(dir.resolve("empty-inbox"));
		List<LauncherRuns.Run> fast = new ArrayList<>();
		List<LauncherRuns.Run> plain = new ArrayList<>();
		// five of each: on this machine one start-up varies by a few tenths of a second from the next
		for (int i = 0; i < 5; i++) {
			fast.add(runs.launcher("start-up, launcher", empty, output));
			plain.add(runs.plainJar("start-up, java -jar", empty, output));
		}
		Path summary = output.resolve("summary.html");
		double indexRender = PageRender.seconds(summary, "benchmark-summary");
		Path largestPlan = null;
		if (Files.isDirectory(output.resolve("plans"))) {
			try (Stream<Path> pages = Files.list(output.resolve("plans"))) {
				largestPlan = pages.filter(p -> p.toString().endsWith(".html")).max(Comparator.comparingLong(p -> p.toFile().length())).orElse(null);
			}
		}
		double planRender = largestPlan == null ? Double.NaN : PageRender.seconds(largestPlan, "benchmark-plan");
		Map<String, String> peerNote = new LinkedHashMap<>();
		double peer = LauncherRuns.timeProcess(List.of("/usr/bin/python3", "src/test/resources/benchmark/openpyxl_peer.py",
				inbox.toAbsolutePath().toString()), peerNote);
		return new Wholes(whole, unchanged, oneChange, fast, plain, Files.size(summary),
				largestPlan == null ? 0 : Files.size(largestPlan), indexRender, planRender, peer, peerNote.get("output"));
	}

	/** The whole-process figures, printed after the table. */
	record Wholes(LauncherRuns.Run whole, LauncherRuns.Run unchanged, LauncherRuns.Run oneChange,
			List<LauncherRuns.Run> fast, List<LauncherRuns.Run> plain, long indexBytes, long planBytes,
			double indexRender, double planRender, double peer, String peerOutput) {

		/** Median start-up of the launcher's runs on an empty inbox. */
		double startup() {
			return median(fast);
		}

		private static double median(List<LauncherRuns.Run> runs) {
			List<Double> s = runs.stream().map(LauncherRuns.Run::startup).sorted().toList();
			return s.get(s.size() / 2);
		}

		void print(double usermodel, double floor) {
			System.out.println("Whole processes (bin/reform-survey as built by ./mvnw package; the JVM's default heap):");
			String f = "  %-52s %8s s   %s%n";
			for (LauncherRuns.Run run : List.of(whole, unchanged, oneChange)) {
				System.out.printf(Locale.ROOT, f, run.label(), format(run.wall()), String.format(Locale.ROOT,
						"start-up %.2f s, job %.2f s, exit code %d", run.startup(), run.job(), run.exit()));
			}
			System.out.printf(Locale.ROOT, f, "start-up to the first step, empty inbox: launcher", format(startup()),
					"median of " + fast.stream().map(r -> format(r.startup())).toList() + ", whole process "
							+ fast.stream().map(r -> format(r.wall())).toList());
			System.out.printf(Locale.ROOT, f, "  same, plain java -XX:TieredStopAtLevel=1 -jar", format(median(plain)),
					"median of " + plain.stream().map(r -> format(r.startup())).toList() + ", whole process "
							+ plain.stream().map(r -> format(r.wall())).toList());
			System.out.printf(Locale.ROOT, f, "summary.html opened in headless Chromium", format(indexRender),
					String.format(Locale.ROOT, "%.0f KB, to the first screenshot", indexBytes / 1024.0));
			if (planBytes > 0) {
				System.out.printf(Locale.ROOT, f, "  the largest plan's page (plans/)", format(planRender),
						String.format(Locale.ROOT, "%.0f KB", planBytes / 1024.0));
			}
			System.out.printf(Locale.ROOT, f, "peer: python3 openpyxl reading every cell", format(peer),
					Double.isNaN(peer) ? "not run: " + peerOutput + " (Debian's python3-openpyxl)" : peerOutput);
			System.out.printf(Locale.ROOT, f, "whole process / peer", Double.isNaN(peer) ? "—"
					: String.format(Locale.ROOT, "%.2f", whole.wall() / peer), "goal ≤ 0.8");
			System.out.printf(Locale.ROOT, f, "for scale: POI usermodel (b), parse floor (c)",
					format(usermodel) + " / " + format(floor), "warm, in the benchmark's JVM (table above)");
			System.out.println();
		}

	}

	/** A pass that may throw; its result is kept by the caller. */
	interface Pass {

		void run() throws Exception;

	}

	/**
	 * The shortest of {@code times} runs of a pass: the machine is shared, and the shortest run is
	 * the one least disturbed by other work (the cold job, by its nature, runs once).
	 */
	static double best(int times, Pass pass) throws Exception {
		double best = Double.MAX_VALUE;
		for (int i = 0; i < times; i++) {
			long start = System.nanoTime();
			pass.run();
			best = Math.min(best, seconds(start));
		}
		return best;
	}

	/** A job phase's row and its steps' rows (from the job repository); returns its seconds. */
	private double jobRow(String phase, Map<String, String> figures, int files, String note) {
		double seconds = Double.parseDouble(figures.get("seconds"));
		table.add(new String[] { phase, format(seconds), figures.get("cpu"),
				String.format(Locale.ROOT, "%.2f", seconds * 1000 / files), figures.get("peak_mb"),
				"exit code " + figures.get("exit") + ", " + note });
		for (String step : List.of("intake", "load", "report")) {
			if (figures.containsKey(step)) {
				double s = Double.parseDouble(figures.get(step));
				table.add(new String[] { "     of which the " + step + " step", format(s), "",
						String.format(Locale.ROOT, "%.2f", s * 1000 / files), "", "from the job repository" });
			}
		}
		return seconds;
	}

	/** Whole untimed runs of a reading pass before its timed runs. */
	private static final int WARM_UP_RUNS = 3;

	/**
	 * The shortest of {@code times} timed runs of a pass after {@link #WARM_UP_RUNS} whole untimed
	 * runs of it: the JIT compiles a long reading path's hot code over its first few runs (on two
	 * cores, thousands of methods over some seconds), so no path's figure includes that.
	 */
	static double warmBest(int times, Pass pass) throws Exception {
		for (int i = 0; i < WARM_UP_RUNS; i++) {
			pass.run();
		}
		return best(times, pass);
	}

	/** The parse floor over the files (.xls has no XML to parse); returns the cells seen. */
	static long floor(ParseFloor floor, List<Path> files) throws Exception {
		long cells = 0;
		for (Path file : files) {
			if (!file.toString().endsWith(".xls")) {
				cells += floor.pass(file);
			}
		}
		return cells;
	}

	private static long usermodel(List<Path> files) throws Exception {
		UsermodelBaseline baseline = new UsermodelBaseline();
		long cells = 0;
		for (Path file : files) {
			cells += baseline.pass(file);
		}
		return cells;
	}

	/** The product's reader and survey reader, as the load step uses them, on {@code threads} threads. */
	private static long read(List<Path> files, int threads) throws Exception {
		StreamingWorkbookReader reader = new StreamingWorkbookReader();
		SurveyReader surveys = new SurveyReader();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (Path file : files) {
				results.add(pool.submit(() -> {
					WorkbookGrid grid = reader.read(file);
					return surveys.read(grid).items().size();
				}));
			}
			long items = 0;
			for (Future<Integer> result : results) {
				items += result.get();
			}
			return items;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void resetPhase() {
		HeapPeak.reset();
		cpuAtStart = processCpu();
	}

	private static long processCpu() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime() : 0;
	}

	private double row(String phase, double seconds, int files, String note) {
		double peak = HeapPeak.megabytes();
		double cpu = (processCpu() - cpuAtStart) / 1e9;
		table.add(new String[] { phase, Double.isNaN(seconds) ? "—" : format(seconds), format(cpu),
				Double.isNaN(seconds) ? "—" : String.format(Locale.ROOT, "%.2f", seconds * 1000 / files),
				String.format(Locale.ROOT, "%.0f", peak), note });
		return peak;
	}

	private void print(double startup, double loadBefore) {
		System.out.println();
		System.out.printf("%-58s %9s %9s %10s %9s  %s%n", "phase", "seconds", "cpu s", "ms/file", "peak MB", "note");
		for (String[] r : table) {
			System.out.printf("%-58s %9s %9s %10s %9s  %s%n", (Object[]) r);
		}
		System.out.println("(seconds: wall clock; cpu s: CPU time of the whole process in that phase, all threads"
				+ " including JIT and GC — less sensitive to other load on the machine)");
		System.out.printf(Locale.ROOT, "(Spring context startup %.2f s, not in job_s; load average %.2f before, %.2f after)%n",
				startup, loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.println();
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static String format(double seconds) {
		return String.format(Locale.ROOT, "%.2f", seconds);
	}

	private static void deleteTree(Path dir) throws Exception {
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

}
