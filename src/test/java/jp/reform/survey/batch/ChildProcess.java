package jp.reform.survey.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jp.reform.survey.ReformSurveyApplication;

/**
 * The real application's main in a separate JVM with the test class path, as a scheduler would
 * start it: exit codes, kill -9 and all. Output goes to a log file the test can wait on and show.
 * Without report.pdf unless the arguments switch it on.
 */
final class ChildProcess {

	private final Process process;

	private final Path log;

	private ChildProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/** Starts {@code ReformSurveyApplication} with these command-line arguments. */
	static ChildProcess start(Path log, List<String> args) throws IOException {
		return start(log, List.of(), args);
	}

	/** As {@link #start(Path, List)}, with options for the JVM too (-Djava.io.tmpdir=…). */
	static ChildProcess start(Path log, List<String> jvmOptions, List<String> args) throws IOException {
		return start(log, List.of(), jvmOptions, args);
	}

	/**
	 * As {@link #start(Path, List)}, but as root without the capabilities that let root read any
	 * file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH): file permissions then apply as to a service
	 * account, so a file another account made with mode 600 really cannot be read.
	 */
	static ChildProcess startWithoutReadOverride(Path log, List<String> args) throws IOException {
		String drop = "-dac_override,-dac_read_search";
		return start(log, List.of("setpriv", "--inh-caps=" + drop, "--bounding-set=" + drop), List.of(), args);
	}

	private static ChildProcess start(Path log, List<String> prefix, List<String> jvmOptions, List<String> args)
			throws IOException {
		List<String> command = new ArrayList<>(prefix);
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// a short-lived JVM: quick start matters more than peak speed
		command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m", "-Dfile.encoding=UTF-8"));
		// as the in-process tests (pom.xml): report.pdf costs a child's run seconds and only a test that
		// asks for it looks at it; an argument (--reform.report.pdf.enabled=true) outranks this property
		command.add("-Dreform.report.pdf.enabled=false");
		command.addAll(jvmOptions);
		if (args.stream().anyMatch(arg -> arg.startsWith("--spring.main.sources="))) {
			// a test's hook added as a source is not in the context the build generated (Spring AOT)
			command.add("-Dspring.aot.enabled=false");
		}
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), ReformSurveyApplication.class.getName()));
		command.addAll(args);
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		return new ChildProcess(process, log);
	}

	long pid() {
		return process.pid();
	}

	/** Waits until a line of the log contains {@code text}; fails with the log if the process ends first. */
	void awaitLog(String text, Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (log().contains(text)) {
				return;
			}
			if (!process.isAlive() && !log().contains(text)) {
				throw new AssertionError("the child ended (exit " + process.exitValue() + ") before logging \"" + text
						+ "\":\n" + log());
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the child did not log \"" + text + "\" within " + timeout + ":\n" + log());
	}

	/** Waits for the exit and returns its code; fails with the log on timeout. */
	int exitCode(Duration timeout) throws IOException, InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly().waitFor();
			throw new AssertionError("the child did not exit within " + timeout + ":\n" + log());
		}
		return process.exitValue();
	}

	/** kill -9: no shutdown hook, no finally block, no chance to release anything. */
	void kill9() throws InterruptedException {
		process.destroyForcibly();
		// reaped, so its process id is gone, as after a real crash
		process.waitFor();
	}

	/** SIGTERM, as systemd or Ctrl+C stop a service. */
	int terminate(Duration timeout) throws IOException, InterruptedException {
		process.destroy();
		return exitCode(timeout);
	}

	boolean alive() {
		return process.isAlive();
	}

	String log() throws IOException {
		// lenient decoding: the child may be in the middle of writing a character
		return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
	}

}
