package jp.reform.survey.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jp.reform.survey.ReformSurveyApplication;
import jp.reform.survey.cli.ConsolidationCommand;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The product's job as the office runs it, in a JVM of its own started with the product's JVM
 * options (the benchmark's {@link JobProcess} starts it): the job on a fresh embedded database, then
 * the same job again with nothing changed, then the parse floor over the same files in this JVM.
 * Each prints one line for the benchmark to read:
 * {@code benchmark-job: phase=job seconds=… cpu=… peak_mb=… exit=… intake=… load=… report=…}.
 */
public final class BenchmarkJob {

	static final String PREFIX = "benchmark-job:";

	private BenchmarkJob() {
	}

	/** Arguments: the inbox, then a work folder for the database and the output. */
	public static void main(String[] args) throws Exception {
		Path inbox = Path.of(args[0]);
		Path work = Path.of(args[1]);
		String url = "jdbc:h2:file:" + work.resolve("db").toAbsolutePath().resolve("reform")
				+ ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64"; // as application.yml
		long start = System.nanoTime();
		// As command-line arguments, so they win over application.yml (the per-file log lines would
		// otherwise bury the table; the job's one-line summary still prints).
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ReformSurveyApplication.class).run(
				"--spring.datasource.url=" + url, "--reform.job.run-on-startup=false",
				"--logging.level.jp.reform.survey=WARN", "--logging.level.jp.reform.survey.batch.RunSummaryListener=INFO");
		System.out.printf(Locale.ROOT, "%s phase=startup seconds=%.3f%n", PREFIX, (System.nanoTime() - start) / 1e9);
		ConsolidationCommand command = context.getBean(ConsolidationCommand.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		Path output = work.resolve("output");
		for (String phase : new String[] { "job", "rerun" }) {
			HeapPeak.reset();
			long cpu = processCpu();
			start = System.nanoTime();
			int exit = command.run(inbox, output);
			double seconds = (System.nanoTime() - start) / 1e9;
			StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s phase=%s seconds=%.3f cpu=%.3f peak_mb=%.0f exit=%d",
					PREFIX, phase, seconds, (processCpu() - cpu) / 1e9, HeapPeak.megabytes(), exit));
			lastSteps(jdbc).forEach((step, s) -> line.append(String.format(Locale.ROOT, " %s=%.3f", step, s)));
			System.out.println(line);
		}
		context.close();
		// The parse floor under this JVM's options too, after the job (so with the same compiler and as
		// warm as the job left it): what the load step of a large sheet is measured against.
		java.util.List<Path> files = BenchmarkData.workbooks(inbox);
		double floor = Benchmark.best(2, () -> Benchmark.floor(new ParseFloor(), files));
		System.out.printf(Locale.ROOT, "%s phase=floor seconds=%.3f%n", PREFIX, floor);
		System.exit(0);
	}

	/** Durations of the last job's intake, load and report steps, as Spring Batch recorded them. */
	private static Map<String, Double> lastSteps(JdbcClient jdbc) {
		Map<String, Double> steps = new LinkedHashMap<>();
		jdbc.sql("SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID ="
				+ " (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION) AND STEP_NAME IN ('intake', 'load', 'report')"
				+ " ORDER BY STEP_EXECUTION_ID")
			.query((java.sql.ResultSet rs) -> {
				steps.put(rs.getString(1), java.time.Duration
					.between(rs.getTimestamp(2).toLocalDateTime(), rs.getTimestamp(3).toLocalDateTime())
					.toNanos() / 1e9);
			});
		return steps;
	}

	private static long processCpu() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime() : 0;
	}

}
