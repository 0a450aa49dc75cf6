package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import jp.reform.survey.fixture.Soffice;

/**
 * Prints workbooks as LibreOffice Calc would to paper: {@code soffice --convert-to pdf}, headless, with a
 * throw-away profile so it neither needs nor touches a user's one ({@link Soffice}). Debian's
 * libreoffice-calc, which .ci/run installs.
 */
public final class LibreOffice {

	private LibreOffice() {
	}

	/** Converts every workbook in one soffice run; returns the PDFs in {@code outDir}, in the same order. */
	public static List<Path> toPdf(Path outDir, List<Path> workbooks) throws IOException, InterruptedException {
		List<Path> pdfs = Soffice.convert(workbooks, "pdf", outDir);
		pdfs.forEach(pdf -> assertThat(pdf).as("soffice wrote the PDF").isNotEmptyFile());
		return pdfs;
	}

}
