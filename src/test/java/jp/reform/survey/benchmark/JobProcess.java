package jp.reform.survey.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts {@link BenchmarkJob} in a JVM of its own — {@code -Xmx256m} and the product's JVM options,
 * as the office's nightly command runs — and collects the figures it prints, one map per phase
 * ({@code startup}, {@code job}, {@code rerun}). Its log lines are passed through.
 */
final class JobProcess {

	private final List<String> jvmOptions;

	JobProcess(List<String> jvmOptions) {
		this.jvmOptions = jvmOptions;
	}

	Map<String, Map<String, String>> run(Path inbox, Path work) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx256m");
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(BenchmarkJob.class.getName());
		command.add(inbox.toAbsolutePath().toString());
		command.add(work.toAbsolutePath().toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		Map<String, Map<String, String>> phases = new LinkedHashMap<>();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				if (line.startsWith(BenchmarkJob.PREFIX)) {
					Map<String, String> figures = new HashMap<>();
					for (String pair : line.substring(BenchmarkJob.PREFIX.length()).trim().split(" ")) {
						String[] kv = pair.split("=", 2);
						figures.put(kv[0], kv[1]);
					}
					phases.put(figures.get("phase"), figures);
				}
				else {
					System.out.println(line);
				}
			}
		}
		int exit = process.waitFor();
		if (exit != 0 || !phases.containsKey("floor")) {
			throw new IllegalStateException("the job's JVM ended with exit code " + exit + " before reporting its figures");
		}
		return phases;
	}

}
