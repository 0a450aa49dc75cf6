package jp.reform.survey.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import jp.reform.survey.review.ReviewProperties;
import jp.reform.survey.review.ReviewRules;
import jp.reform.survey.store.RunRecord;
import jp.reform.survey.store.StoredFinding;
import jp.reform.survey.store.Submission;
import jp.reform.survey.vocabulary.Severity;

/**
 * Writes the csvs, the workbook and the summary into a staging folder and publishes them together
 * ({@link Publication}), so a failed or killed run leaves the previous reports whole.
 */
public final class ReportWriter {

	public static final String SUMMARY = "summary.html";

	public static final String WORKBOOK = "consolidated.xlsx";

	public static final String CSV = "csv/category_summary.csv";

	public static final String REVIEW_CSV = "csv/review_candidates.csv";

	public static final String ITEM_VALUES = "csv/item_values.csv";

	/** The report to publish or hand to the committee: every plan's tables, figures, 管理表 and 見直し候補. */
	public static final String PDF = "report.pdf";

	/** The files a run publishes, in the order they appear: the summary, which links the others, last. */
	public static final List<String> FILES = List.of(CSV, REVIEW_CSV, ITEM_VALUES, WORKBOOK, PDF, SUMMARY);

	/** The same without report.pdf ({@code reform.report.pdf.enabled: false}). */
	private static final List<String> FILES_WITHOUT_PDF = FILES.stream().filter(f -> !f.equals(PDF)).toList();

	/**
	 * The folder of the plans' pages when the inbox holds several plans; published (replaced whole) with
	 * the files, empty with one plan, and then removed by {@link #tidy}.
	 */
	public static final String PLANS = PlanPages.FOLDER;

	private final HtmlSummaryWriter html;

	private final JapaneseFormats formats = new JapaneseFormats();

	private final ReviewReport reviews;

	private final boolean pdf;

	/** With the shipped rules of 見直し候補 ({@link ReviewProperties#defaults()}) and report.pdf. */
	public ReportWriter(Path templateDir) {
		this(templateDir, new ReviewRules(ReviewProperties.defaults()), true);
	}

	/** @param pdf whether to write report.pdf ({@link PdfProperties}) */
	public ReportWriter(Path templateDir, ReviewRules reviewRules, boolean pdf) {
		this.reviews = new ReviewReport(templateDir, reviewRules);
		this.html = new HtmlSummaryWriter(templateDir, reviews);
		this.pdf = pdf;
	}

	/** The files this writer publishes ({@link #FILES}, without report.pdf when it is switched off). */
	public List<String> files() {
		return pdf ? FILES : FILES_WITHOUT_PDF;
	}

	public void write(ReportData data, Path outputDir) throws IOException {
		write(data, outputDir, List.of(), null);
	}

	/**
	 * As {@link #write(ReportData, Path)}, the summary also linking each department's feedback page and
	 * naming the state the reports were built from ({@link ReportState}; null for none).
	 */
	public void write(ReportData data, Path outputDir, List<FeedbackLink> feedback, String reportState)
			throws IOException {
		try (Publication publication = Publication.open(outputDir)) {
			writeInto(data, publication.staging(), feedback, reportState);
			publication.publish(List.of(PLANS), files());
		}
		tidy(outputDir);
	}

	/**
	 * After publishing: a plans folder left empty (one plan this run) is removed, so one plan looks as it
	 * always did, and so is a report.pdf of an earlier run when the PDF is switched off.
	 */
	public void tidy(Path outputDir) throws IOException {
		if (!pdf) {
			Files.deleteIfExists(outputDir.resolve(PDF));
		}
		Path plans = outputDir.resolve(PLANS);
		if (Files.isDirectory(plans)) {
			try (Stream<Path> entries = Files.list(plans)) {
				if (entries.findAny().isPresent()) {
					return;
				}
			}
			Files.delete(plans);
		}
	}

	/**
	 * Writes the csvs, the workbook and the summary into {@code dir} (a {@link Publication}'s staging
	 * folder), to be published with the other outputs as {@link #PLANS} and {@link #FILES}. With several
	 * plans the summary is their index and each plan's page is in {@link #PLANS}.
	 */
	public void writeInto(ReportData data, Path dir, List<FeedbackLink> feedback, String reportState)
			throws IOException {
		List<PlanPages.Page> pages = PlanPages.of(data);
		Files.createDirectories(dir.resolve(PLANS));
		List<ReviewView> allReviews = reviews.of(data.plans());
		// The workbook and the PDF take longest; each is written on a core of its own, the csvs and the
		// summary beside them.
		CompletableFuture<Void> others = CompletableFuture.runAsync(() -> {
			try {
				new CategorySummaryCsvWriter().write(data.plans(), dir.resolve(CSV));
				new ReviewCsvWriter().write(allReviews, dir.resolve(REVIEW_CSV));
				new ItemValuesCsvWriter().write(data.plans(), dir.resolve(ITEM_VALUES));
				FeedbackLinks links = new FeedbackLinks(feedback);
				if (pages.isEmpty()) {
					html.write(data, views(data, null), links, reportState, dir.resolve(SUMMARY));
				}
				else {
					writePlans(data, pages, links, reportState, dir);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		CompletableFuture<Void> document = pdf ? CompletableFuture.runAsync(() -> writePdf(data, dir))
				: CompletableFuture.completedFuture(null);
		try {
			new ConsolidatedWorkbookWriter().write(data, allReviews, dir.resolve(WORKBOOK));
		}
		finally {
			// nothing may still write into the staging folder when a failure has it removed
			CompletableFuture.allOf(others, document).exceptionally(ex -> null).join();
		}
		await(others);
		await(document);
	}

	private void writePdf(ReportData data, Path dir) {
		try {
			html.writePdf(data, dir.resolve(PDF));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Several plans: a page per plan in {@code plans/}, each as the summary of that plan alone (its
	 * submissions, findings and departments' feedback), and summary.html as their index.
	 */
	private void writePlans(ReportData data, List<PlanPages.Page> pages, FeedbackLinks links, String reportState,
			Path dir) throws IOException {
		List<PlanIndexRow> rows = new ArrayList<>();
		for (PlanPages.Page page : pages) {
			List<PlanView> views = html.write(page.data(), views(page.data(), null),
					links.forPlan(page.plan().planName(), "../"), reportState, dir.resolve(page.path()));
			rows.add(PlanIndexRow.of(page, views.get(0)));
		}
		html.writeIndex(data, rows, views(data, PlanPages.withoutPlan(data)), reportState, dir.resolve(SUMMARY));
	}

	/**
	 * For a run that finds the store as the reports in {@code outputDir} show it (same {@code reportState}):
	 * rewrites only the parts of summary.html that change with every run — run time, 「前回の集計からの変更」
	 * (none since {@code previousAt}) and the run history — and leaves the csvs and the workbook as they
	 * are. Returns false, having changed nothing, when the reports there are missing or from another
	 * state; the caller then writes them all.
	 */
	public boolean refresh(Path outputDir, String reportState, LocalDateTime generatedAt, LocalDateTime previousAt,
			List<RunRecord> runs) throws IOException {
		Path summary = outputDir.resolve(SUMMARY);
		// a report.pdf there while it is switched off is not what this configuration writes: all is written again
		if (files().stream().anyMatch(name -> !Files.isRegularFile(outputDir.resolve(name)))
				|| !pdf && Files.exists(outputDir.resolve(PDF))
				|| !SummaryParts.state(summary).equals(Optional.of(reportState))) {
			return false;
		}
		// with several plans, each plan's page has the same parts; the index is published last
		List<String> pages = new ArrayList<>();
		Path plans = outputDir.resolve(PLANS);
		if (Files.isDirectory(plans)) {
			try (Stream<Path> files = Files.list(plans)) {
				files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".html")).sorted()
					.forEach(f -> pages.add(PLANS + "/" + f));
			}
		}
		pages.add(SUMMARY);
		Map<String, String> parts = html.runParts(generatedAt, previousAt, runs);
		try (Publication publication = Publication.open(outputDir)) {
			for (String page : pages) {
				Path fresh = publication.staging().resolve(page);
				Files.createDirectories(fresh.getParent());
				if (!SummaryParts.splice(outputDir.resolve(page), fresh, parts)) {
					return false;
				}
			}
			publication.publish(List.of(), pages);
			return true;
		}
	}

	private static void await(CompletableFuture<Void> task) throws IOException {
		try {
			task.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof UncheckedIOException io) {
				throw io.getCause();
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

	/** The submissions as the summary lists them; only those whose id is in {@code only}, unless null. */
	private List<SubmissionView> views(ReportData data, Set<Long> only) {
		return data.submissions()
			.stream()
			.filter(s -> only == null || only.contains(s.id()))
			.sorted(Comparator.comparing((Submission s) -> s.departmentName() == null ? "" : s.departmentName())
				.thenComparing(Submission::fileName))
			.map(s -> {
				List<StoredFinding> own = data.findings().stream().filter(f -> f.submissionId() == s.id()).toList();
				return new SubmissionView(s.fileName(), s.departmentName() == null ? "（不明）" : s.departmentName(),
						s.status().label(), s.status().hasErrors(), count(own, Severity.ERROR), count(own, Severity.WARNING),
						formats.dateTime(s.submittedAt()), s.itemCount(), own);
			})
			.toList();
	}

	private static long count(List<StoredFinding> findings, Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}

}
