package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prints workbooks as LibreOffice Calc would to paper: {@code soffice --convert-to pdf}, headless, with a
 * throw-away profile so it neither needs nor touches a user's one. Debian's libreoffice-calc, which .ci/run
 * installs.
 */
public final class LibreOffice {

	private static final Path SOFFICE = Path.of(System.getProperty("reform.test.soffice", "/usr/bin/soffice"));

	private LibreOffice() {
	}

	/** Converts every workbook in one soffice run; returns the PDFs in {@code outDir}, in the same order. */
	public static List<Path> toPdf(Path outDir, List<Path> workbooks) throws IOException, InterruptedException {
		if (!Files.isExecutable(SOFFICE)) {
			throw new IllegalStateException(SOFFICE + " is required for this test and is missing"
					+ " (.ci/run installs Debian's libreoffice-calc)");
		}
		Path profile = Files.createTempDirectory("soffice-profile-");
		Files.createDirectories(outDir);
		List<String> command = new ArrayList<>(List.of(SOFFICE.toString(), "--headless", "--norestore",
				"--nolockcheck", "-env:UserInstallation=" + profile.toUri(), "--convert-to", "pdf", "--outdir",
				outDir.toAbsolutePath().toString()));
		workbooks.forEach(w -> command.add(w.toAbsolutePath().toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120 + 10L * workbooks.size(), TimeUnit.SECONDS)).as("soffice finished: %s", log)
			.isTrue();
		assertThat(process.exitValue()).as("soffice: %s", log).isZero();
		List<Path> pdfs = new ArrayList<>();
		for (Path workbook : workbooks) {
			String name = workbook.getFileName().toString();
			Path pdf = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
			assertThat(pdf).as("soffice wrote the PDF: %s", log).isNotEmptyFile();
			pdfs.add(pdf);
		}
		return pdfs;
	}

}
