package jp.reform.survey.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.reform.survey.fixture.WorkbookEdits;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Whole processes as the office starts them: the launcher {@code target/reform-survey/bin/reform-survey}
 * that {@code ./mvnw package} builds (made first when missing or older than the compiled classes), on
 * an embedded database of the benchmark's own. Each run gives its wall-clock time from process start
 * to exit, and, from the job repository, the time to the job's first step (start-up) and the job's
 * own time.
 */
final class LauncherRuns {

	static final Path DIST = Path.of("target/reform-survey");

	static final Path LAUNCHER = DIST.resolve("bin/reform-survey");

	/**
	 * One process.
	 *
	 * @param startup seconds from the process's start to the job's first step
	 * @param job seconds of the job execution (NaN when none ran)
	 */
	record Run(String label, double wall, double startup, double job, int exit) {
	}

	private final Path work;

	private final String url;

	LauncherRuns(Path work) {
		this.work = work;
		// as application.yml configures the embedded database
		this.url = "jdbc:h2:file:" + work.resolve("db").toAbsolutePath().resolve("reform")
				+ ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64";
	}

	/** Builds the launcher's layout when it is missing or older than the compiled classes. */
	static void ensureBuilt() throws IOException, InterruptedException {
		Path jar = DIST.resolve("app/reform-survey.jar");
		Path classes = Path.of("target/classes");
		long newest;
		try (var files = Files.walk(classes)) {
			// classes only: resources are copied again by every test-compile
			newest = files.filter(f -> f.toString().endsWith(".class"))
				.mapToLong(f -> f.toFile().lastModified())
				.max()
				.orElse(0);
		}
		if (Files.isRegularFile(jar) && Files.isRegularFile(DIST.resolve("app/reform-survey.jsa"))
				&& jar.toFile().lastModified() >= newest) {
			return;
		}
		System.out.println("building the launcher's layout: ./mvnw -q -B -o package -DskipTests");
		int exit = new ProcessBuilder("./mvnw", "-q", "-B", "-o", "package", "-DskipTests").inheritIO().start().waitFor();
		if (exit != 0) {
			throw new IllegalStateException("./mvnw package failed (exit " + exit + ")");
		}
	}

	/** The launcher on {@code inbox} into {@code output}, with the benchmark's database. */
	Run launcher(String label, Path inbox, Path output) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(LAUNCHER.toAbsolutePath().toString()));
		command.addAll(arguments(inbox, output));
		return run(label, command);
	}

	/** For comparison: the executable jar as {@code java -XX:TieredStopAtLevel=1 -jar} starts it. */
	Run plainJar(String label, Path inbox, Path output) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-jar", Path.of("target/reform-survey.jar").toAbsolutePath().toString()));
		command.addAll(arguments(inbox, output));
		return run(label, command);
	}

	private List<String> arguments(Path inbox, Path output) {
		return List.of("--inbox=" + inbox.toAbsolutePath(), "--output=" + output.toAbsolutePath(),
				"--spring.datasource.url=" + url, "--logging.level.jp.reform.survey=WARN");
	}

	private Run run(String label, List<String> command) throws IOException, InterruptedException {
		Path log = Files.createTempFile(work, "process-", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().remove("REFORM_JAVA_OPTS");
		long startMillis = System.currentTimeMillis();
		long start = System.nanoTime();
		int exit = builder.start().waitFor();
		double wall = (System.nanoTime() - start) / 1e9;
		if (exit != 0 && exit != 3) {
			throw new IllegalStateException(label + ": exit code " + exit + "\n" + Files.readString(log));
		}
		double[] job = lastJob();
		return new Run(label, wall, (job[0] - startMillis) / 1000.0, (job[2] - job[1]) / 1000.0, exit);
	}

	/** The last job execution: its first step's start, the job's start and end, in epoch milliseconds. */
	private double[] lastJob() {
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("""
						SELECT (SELECT MIN(s.START_TIME) FROM BATCH_STEP_EXECUTION s WHERE s.JOB_EXECUTION_ID = j.JOB_EXECUTION_ID),
						       j.START_TIME, j.END_TIME
						FROM BATCH_JOB_EXECUTION j ORDER BY j.JOB_EXECUTION_ID DESC LIMIT 1""")) {
			row.next();
			return new double[] { millis(row.getTimestamp(1)), millis(row.getTimestamp(2)), millis(row.getTimestamp(3)) };
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the job repository at " + url, ex);
		}
	}

	private static double millis(Timestamp time) {
		return time == null ? Double.NaN
				: time.toLocalDateTime().atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
	}

	/** A folder of links to the benchmark's files, so one can be swapped for a changed copy. */
	static Path linkedInbox(List<Path> files, Path dir) throws IOException {
		Files.createDirectories(dir);
		for (Path file : files) {
			Files.createSymbolicLink(dir.resolve(file.getFileName()), file.toAbsolutePath());
		}
		return dir;
	}

	/**
	 * Replaces the link to the first workbook by a copy whose cover says it was submitted a day later:
	 * a department's corrected re-submission, as the job sees one.
	 */
	static Path changeOne(Path inbox) throws IOException {
		Path link;
		try (var files = Files.list(inbox)) {
			link = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().findFirst().orElseThrow();
		}
		Path original = Files.readSymbolicLink(link);
		Files.delete(link);
		Files.copy(original, link);
		WorkbookEdits.edit(link, workbook -> {
			Sheet cover = workbook.getSheet("表紙");
			for (Row row : cover) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("提出日")) {
						Cell date = row.getCell(next(row, cell.getColumnIndex()));
						date.setCellValue(date.getDateCellValue().toInstant().plusSeconds(86_400)
							.atZone(ZoneId.systemDefault()).toLocalDateTime());
						return;
					}
				}
			}
			throw new IllegalStateException("no 提出日 on the cover of " + original);
		});
		return link;
	}

	/** The column of the next non-empty cell right of {@code column}. */
	private static int next(Row row, int column) {
		for (int c = column + 1; c < row.getLastCellNum(); c++) {
			Cell cell = row.getCell(c);
			if (cell != null && cell.getCellType() != CellType.BLANK) {
				return c;
			}
		}
		throw new IllegalStateException("no value right of 提出日");
	}

	/** Seconds of a whole process, or NaN when the program is missing (the line says why). */
	static double timeProcess(List<String> command, Map<String, String> note) throws IOException, InterruptedException {
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes()).trim();
		int exit = process.waitFor();
		double seconds = (System.nanoTime() - start) / 1e9;
		note.put("output", output);
		return exit == 0 ? seconds : Double.NaN;
	}

}
