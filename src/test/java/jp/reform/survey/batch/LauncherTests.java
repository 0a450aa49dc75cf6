package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import jp.reform.survey.ReformSurveyApplication;
import jp.reform.survey.cli.ConsolidationCommand;
import jp.reform.survey.report.ReportWriter;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux launcher {@code bin/reform-survey} as a scheduler runs it, in real processes: an
 * installed layout (bin/ beside app/ with the application jar and its libraries, as {@code ./mvnw
 * package} makes it, here built from the test class path), its first run making the class-data-sharing
 * archive, later runs starting from it, the collector it chooses, a copy in another folder (as after a
 * move) making its own archive, and the program's exit codes. One installation, trained once, serves
 * the tests that need a trained one: a training run costs several seconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LauncherTests {

	private Path work;

	private Path installed;

	private Path inbox;

	private Run first;

	@BeforeAll
	void installAndRunOnce(@TempDir Path work) throws Exception {
		this.work = work;
		installed = install(work.resolve("opt/reform-survey"));
		inbox = TestData.copyShippedInbox(work.resolve("inbox"), 3);
		first = run(installed, Map.of(), "--inbox=" + inbox, "--output=" + work.resolve("first"));
	}

	@Test
	void theFirstRunMakesTheArchiveLaterRunsStartFromIt() throws Exception {
		assertThat(first.exit).as(first.output).isZero();
		assertThat(work.resolve("first").resolve(ReportWriter.SUMMARY)).exists();
		assertThat(installed.resolve("app/reform-survey.jsa")).as("made as the first run exited").isNotEmptyFile();
		assertThat(first.output).doesNotContain("[warning]").doesNotContain("[error]");
		assertThat(first.output).as("from the context the build generated (Spring AOT)")
			.contains("Starting AOT-processed ReformSurveyApplication");

		// -Xshare:on makes a JVM that cannot use the archive refuse to start: this run started from it
		Run second = run(installed, Map.of("REFORM_JAVA_OPTS", "-Xshare:on"), "--inbox=" + inbox,
				"--output=" + work.resolve("second"));
		assertThat(second.exit).as(second.output).isZero();
		assertThat(second.output).doesNotContain("[warning]");
	}

	@Test
	void aCopyInAnotherFolderMakesItsOwnArchive() throws Exception {
		Path copy = copy(installed, work.resolve("srv/reform-survey"));
		Path empty = Files.createDirectories(work.resolve("empty-inbox"));

		Run afterMove = run(copy, Map.of(), "--inbox=" + empty, "--output=" + work.resolve("copied"));
		assertThat(afterMove.exit).as(afterMove.output).isZero();
		assertThat(afterMove.output).as("the other folder's archive is not tried").doesNotContain("[warning]");
		assertThat(copy.resolve("app/reform-survey.jsa")).as("its own, made as the run exited").isNotEmptyFile();
		assertThat(Files.readString(copy.resolve("app/reform-survey.jsa.stamp"))).as("stamped with its folder")
			.startsWith(copy.resolve("app").toRealPath() + "|");
		Run fromNewArchive = run(copy, Map.of("REFORM_JAVA_OPTS", "-Xshare:on"), "--inbox=" + empty,
				"--output=" + work.resolve("copied-again"));
		assertThat(fromNewArchive.exit).as(fromNewArchive.output).isZero();
	}

	@Test
	void theLauncherChoosesTheParallelCollectorUnlessTheUserChoseOneAndHugePagesWhereOffered() throws Exception {
		Path empty = Files.createDirectories(work.resolve("empty-inbox"));

		Run launchers = run(installed, Map.of("REFORM_JAVA_OPTS", "-Xlog:gc:stdout -XX:+PrintFlagsFinal"),
				"--inbox=" + empty, "--output=" + work.resolve("gc-launchers"));
		Run users = run(installed, Map.of("REFORM_JAVA_OPTS", "-XX:+UseSerialGC -Xlog:gc:stdout"), "--inbox=" + empty,
				"--output=" + work.resolve("gc-users"));

		assertThat(launchers.exit).as(launchers.output).isZero();
		assertThat(launchers.output).contains("Using Parallel");
		Path hugePages = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
		boolean onRequest = Files.isReadable(hugePages) && Files.readString(hugePages).contains("[madvise]");
		assertThat(launchers.output).as("huge pages for the heap where the kernel gives them on request")
			.containsPattern("bool UseTransparentHugePages +:?= " + onRequest);
		assertThat(users.exit).as("two collectors would stop the JVM: " + users.output).isZero();
		assertThat(users.output).contains("Using Serial").doesNotContain("Using Parallel");
	}

	@Test
	void theProgramsExitCodeIsTheLaunchers() throws Exception {
		Run missingInbox = run(installed, Map.of(), "--inbox=" + work.resolve("no-such-inbox"),
				"--output=" + work.resolve("missing"));

		assertThat(missingInbox.exit).as(missingInbox.output).isEqualTo(ConsolidationCommand.FAILED);
	}

	private record Run(int exit, String output) {
	}

	private Run run(Path installed, Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", installed.resolve("bin/reform-survey").toString()));
		command.addAll(List.of(args));
		command.add("--spring.datasource.url=jdbc:h2:file:" + work.resolve("db/reform")
				+ ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		Path log = Files.createTempFile(work, "launcher", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().remove("REFORM_JAVA_OPTS");
		builder.environment().putAll(environment);
		int exit = builder.start().waitFor();
		return new Run(exit, Files.readString(log, StandardCharsets.UTF_8));
	}

	/** A copy of an installation in {@code target}, its library links as links. */
	private static Path copy(Path installation, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		try (Stream<Path> files = Files.walk(installation)) {
			for (Path file : files.toList()) {
				Files.copy(file, target.resolve(installation.relativize(file).toString()), LinkOption.NOFOLLOW_LINKS);
			}
		}
		return target;
	}

	/**
	 * The installed layout: bin/ with the launchers from the checkout, app/reform-survey.jar holding
	 * the application's classes with a manifest naming its main class and its libraries in app/lib
	 * (links to the jars of the test class path), as {@code jarmode=tools extract} lays it out.
	 */
	private static Path install(Path root) throws IOException {
		Files.createDirectories(root.resolve("bin"));
		Files.copy(Path.of("bin/reform-survey"), root.resolve("bin/reform-survey"));
		Path lib = Files.createDirectories(root.resolve("app/lib"));
		List<String> classPath = new ArrayList<>();
		Path classes = null;
		for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
			Path path = Path.of(entry);
			if (Files.isDirectory(path)) {
				if (Files.exists(path.resolve(ReformSurveyApplication.class.getName().replace('.', '/') + ".class"))) {
					classes = path;
				}
				continue;
			}
			String name = classPath.size() + "-" + path.getFileName();
			Files.createSymbolicLink(lib.resolve(name), path.toAbsolutePath());
			classPath.add("lib/" + name);
		}
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, ReformSurveyApplication.class.getName());
		manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
		Path classFolder = classes;
		try (OutputStream out = Files.newOutputStream(root.resolve("app/reform-survey.jar"));
				JarOutputStream jar = new JarOutputStream(out, manifest);
				Stream<Path> files = Files.walk(classFolder)) {
			// folders as entries too: class-path scanning (components, migrations) lists them
			for (Path file : files.filter(f -> !f.equals(classFolder)).sorted().toList()) {
				String name = classFolder.relativize(file).toString().replace('\\', '/');
				boolean folder = Files.isDirectory(file);
				jar.putNextEntry(new JarEntry(folder ? name + "/" : name));
				if (!folder) {
					Files.copy(file, jar);
				}
				jar.closeEntry();
			}
		}
		return root;
	}

}
