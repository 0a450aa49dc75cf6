package jp.reform.survey.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jp.reform.survey.consolidate.PlanSummary;

/**
 * One plan in the index summary.html becomes when the inbox holds several plans: its headline
 * figures, where its departments stand, and the link to its own page.
 *
 * @param href the plan's page, relative to summary.html and URL-encoded
 * @param pdfHref the plan's report.pdf, relative to summary.html and URL-encoded; null when the PDF is switched off
 * @param files the plan's submitted files, {@code filesWithErrors} of them rejected or held back in part
 */
public record PlanIndexRow(PlanSummary plan, String href, String pdfHref, long departments, long submitted,
		long withErrors, long notYet, long files, long filesWithErrors) {

	static PlanIndexRow of(PlanPages.Page page, boolean pdf, PlanView view) {
		return new PlanIndexRow(page.plan(), page.href(), pdf ? page.pdfHref() : null, view.departments().size(),
				view.departmentsIn("submitted"),
				view.departmentsIn("with-errors"), view.departmentsIn("not-yet"), page.data().submissions().size(),
				page.data().submissions().stream().filter(s -> s.status().hasErrors()).count());
	}

	/** The row's counts, kept with the plan's cached part ({@link PlanCache}), one a line. */
	void write(Path file) throws IOException {
		Files.write(file, List.of(Long.toString(departments), Long.toString(submitted), Long.toString(withErrors),
				Long.toString(notYet), Long.toString(files), Long.toString(filesWithErrors)));
	}

	/** The row of {@code page} with the counts {@link #write} kept. */
	static PlanIndexRow read(PlanPages.Page page, boolean pdf, Path file) throws IOException {
		long[] n = Files.readAllLines(file).stream().mapToLong(Long::parseLong).toArray();
		return new PlanIndexRow(page.plan(), page.href(), pdf ? page.pdfHref() : null, n[0], n[1], n[2], n[3], n[4],
				n[5]);
	}

}
