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
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.review.ReviewProperties;
import jp.reform.survey.review.ReviewRules;
import jp.reform.survey.store.RunRecord;
import jp.reform.survey.store.StoredFinding;
import jp.reform.survey.store.Submission;
import jp.reform.survey.vocabulary.Severity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	/**
	 * Where each plan's part of the reports is kept between runs, with several plans ({@link PlanCache});
	 * published (replaced whole) with the files.
	 */
	public static final String CACHE = PlanCache.FOLDER;

	/** The folders a run publishes beside the files (each replaced whole). */
	public static final List<String> FOLDERS = List.of(PLANS, CACHE);

	private static final Logger log = LoggerFactory.getLogger(ReportWriter.class);

	private final HtmlSummaryWriter html;

	private final Path templateDir;

	private final JapaneseFormats formats = new JapaneseFormats();

	private final ReviewReport reviews;

	private final boolean pdf;

	/** With the shipped rules of 見直し候補 ({@link ReviewProperties#defaults()}) and report.pdf. */
	public ReportWriter(Path templateDir) {
		this(templateDir, new ReviewRules(ReviewProperties.defaults()), true);
	}

	/** @param pdf whether to write report.pdf ({@link PdfProperties}) */
	public ReportWriter(Path templateDir, ReviewRules reviewRules, boolean pdf) {
		this.templateDir = templateDir;
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
			writeInto(data, publication.staging(), outputDir, feedback, reportState);
			publication.publish(FOLDERS, files());
		}
		tidy(outputDir);
	}

	/**
	 * After publishing: the plans folder and the cache, left empty (one plan this run), are removed, so one
	 * plan looks as it always did, and so is a report.pdf of an earlier run when the PDF is switched off
	 * or the plans' own are in the plans folder.
	 */
	public void tidy(Path outputDir) throws IOException {
		for (String folder : FOLDERS) {
			Path dir = outputDir.resolve(folder);
			if (Files.isDirectory(dir)) {
				try (Stream<Path> entries = Files.list(dir)) {
					if (entries.findAny().isPresent()) {
						continue;
					}
				}
				Files.delete(dir);
			}
		}
		// with several plans each plan's report.pdf is in plans/: one of an earlier run's single plan would mislead
		if (!pdf || Files.isDirectory(outputDir.resolve(PLANS))) {
			Files.deleteIfExists(outputDir.resolve(PDF));
		}
	}

	/**
	 * Writes the csvs, the workbook, report.pdf and the summary into {@code dir} (a {@link Publication}'s
	 * staging folder), to be published with the other outputs as {@link #FOLDERS} and {@link #FILES}. With
	 * several plans the summary is their index and each plan's page and report.pdf are in {@link #PLANS}; a
	 * plan whose part of the reports is in the cache of {@code output} (the published reports, null for
	 * none) as built from the same data is taken from there rather than built again.
	 */
	public void writeInto(ReportData data, Path dir, Path output, List<FeedbackLink> feedback, String reportState)
			throws IOException {
		List<ReviewView> allReviews = reviews.of(data.plans());
		FeedbackLinks links = new FeedbackLinks(feedback);
		List<PlanPart> parts = parts(data, allReviews, links, output, dir);
		// The workbook and the PDF take longest; each is written on a core of its own, the csvs and the
		// summary beside them.
		CompletableFuture<Void> others = CompletableFuture.runAsync(() -> {
			try {
				if (parts.isEmpty()) {
					writeCsvs(data.plans(), allReviews, dir.resolve("csv"));
					html.write(data, views(data, null), links, reportState, dir.resolve(SUMMARY));
				}
				else {
					writePlans(data, parts, reportState, dir);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		CompletableFuture<Void> document = pdf ? CompletableFuture.runAsync(() -> writePdfs(data, parts, dir))
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

	/**
	 * One plan's part of the reports with several plans: its page, its 見直し候補 and feedback links, and
	 * its folder in this run's cache — {@code reused} when taken over from the previous run's cache.
	 */
	private record PlanPart(PlanPages.Page page, ReviewView review, FeedbackLinks links, Path folder,
			boolean reused) {
	}

	/** Each plan's part, taken over from the cache where its key is there, else a new empty one; none for one plan. */
	private List<PlanPart> parts(ReportData data, List<ReviewView> allReviews, FeedbackLinks links, Path output,
			Path dir) throws IOException {
		List<PlanPages.Page> pages = PlanPages.of(data);
		Files.createDirectories(dir.resolve(PLANS));
		if (pages.isEmpty()) {
			return List.of();
		}
		PlanCache cache = new PlanCache(output, dir, pdf);
		String program = ReportState.key("", templateDir);
		List<FeedbackLinks> owns = pages.stream().map(page -> links.forPlan(page.plan().planName(), "../")).toList();
		// each key digests all of its plan's values: the plans' keys are worked out side by side
		List<String> keys = IntStream.range(0, pages.size()).parallel()
			.mapToObj(i -> PlanCache.key(program, pages.get(i), owns.get(i), allReviews.get(i)))
			.toList();
		List<PlanPart> parts = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			PlanPages.Page page = pages.get(i);
			ReviewView review = allReviews.get(i);
			FeedbackLinks own = owns.get(i);
			String key = keys.get(i);
			Path folder = cache.reuse(key);
			parts.add(folder == null ? new PlanPart(page, review, own, cache.create(key), false)
					: new PlanPart(page, review, own, folder, true));
		}
		return parts;
	}

	/** report.pdf: of the one plan, or with several plans each plan's beside its page, built where not taken over. */
	private void writePdfs(ReportData data, List<PlanPart> parts, Path dir) {
		try {
			if (parts.isEmpty()) {
				html.writePdf(data, dir.resolve(PDF));
				return;
			}
			new PlanPdfs(html).write(parts.stream()
				.filter(part -> !part.reused())
				.map(part -> new PlanPdfs.Pdf(part.page().data(), part.folder().resolve(PlanCache.PDF)))
				.toList());
			for (PlanPart part : parts) {
				PlanCache.link(part.folder().resolve(PlanCache.PDF), dir.resolve(part.page().pdfPath()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The three csvs of these plans into {@code folder}, under their published names ({@link PlanCache#CSVS}). */
	private static void writeCsvs(List<PlanSummary> plans, List<ReviewView> reviews, Path folder) throws IOException {
		new CategorySummaryCsvWriter().write(plans, folder.resolve(PlanCache.CSVS.get(0)));
		new ReviewCsvWriter().write(reviews, folder.resolve(PlanCache.CSVS.get(1)));
		new ItemValuesCsvWriter().write(plans, folder.resolve(PlanCache.CSVS.get(2)));
	}

	/**
	 * Several plans: a page per plan in {@code plans/}, each as the summary of that plan alone (its
	 * submissions, findings and departments' feedback), and summary.html as their index. A plan's page,
	 * index row and csv rows taken over from the cache are used as they are (the page with its run blocks
	 * renewed), the others built and kept in the plan's part; the csvs are the plans' rows in the plans'
	 * order.
	 */
	private void writePlans(ReportData data, List<PlanPart> parts, String reportState, Path dir) throws IOException {
		List<PlanIndexRow> rows = new ArrayList<>();
		int built = 0;
		for (PlanPart part : parts) {
			PlanPages.Page page = part.page();
			Path folder = part.folder();
			Path target = dir.resolve(page.path());
			if (part.reused() && SummaryParts.splice(folder.resolve(PlanCache.PAGE), target,
					html.runParts(page.data()), reportState)) {
				rows.add(PlanIndexRow.read(page, pdf, folder.resolve(PlanCache.ROW)));
				continue;
			}
			// a taken-over file is the previous cache's too: replaced, never written through
			for (String name : Stream.concat(Stream.of(PlanCache.PAGE, PlanCache.ROW), PlanCache.CSVS.stream()).toList()) {
				Files.deleteIfExists(folder.resolve(name));
			}
			List<PlanView> views = html.write(page.data(), views(page.data(), null), part.links(), reportState, target);
			PlanCache.link(target, folder.resolve(PlanCache.PAGE));
			PlanIndexRow row = PlanIndexRow.of(page, pdf, views.get(0));
			row.write(folder.resolve(PlanCache.ROW));
			rows.add(row);
			writeCsvs(List.of(page.plan()), List.of(part.review()), folder);
			built++;
		}
		for (String csv : PlanCache.CSVS) {
			CsvParts.concat(parts.stream().map(part -> part.folder().resolve(csv)).toList(),
					dir.resolve("csv").resolve(csv));
		}
		html.writeIndex(data, rows, views(data, PlanPages.withoutPlan(data)), reportState, dir.resolve(SUMMARY));
		log.info("計画別の出力: {} 計画のうち {} 計画を作り直し、{} 計画は前回のものを使いました", parts.size(), built,
				parts.size() - built);
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
		// with several plans, each plan's page has the same parts (and its report.pdf is beside it); the
		// index is published last
		List<String> pages = new ArrayList<>();
		long pdfs = 0;
		Path plans = outputDir.resolve(PLANS);
		if (Files.isDirectory(plans)) {
			List<String> names;
			try (Stream<Path> files = Files.list(plans)) {
				names = files.map(f -> f.getFileName().toString()).sorted().toList();
			}
			names.stream().filter(f -> f.endsWith(".html")).forEach(f -> pages.add(PLANS + "/" + f));
			pdfs = names.stream().filter(f -> f.endsWith(".pdf")).count();
		}
		boolean several = !pages.isEmpty();
		// a report.pdf there while it is switched off (or missing while on) is not what this configuration
		// writes: all is written again
		if (files().stream()
			.filter(name -> !(several && name.equals(PDF)))
			.anyMatch(name -> !Files.isRegularFile(outputDir.resolve(name)))
				|| pdfs != (pdf && several ? pages.size() : 0)
				|| (!pdf || several) && Files.exists(outputDir.resolve(PDF))
				|| !SummaryParts.state(summary).equals(Optional.of(reportState))) {
			return false;
		}
		pages.add(SUMMARY);
		Map<String, String> parts = html.runParts(generatedAt, previousAt, runs);
		try (Publication publication = Publication.open(outputDir)) {
			for (String page : pages) {
				Path fresh = publication.staging().resolve(page);
				Files.createDirectories(fresh.getParent());
				if (!SummaryParts.splice(outputDir.resolve(page), fresh, parts, reportState)) {
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

	/**
	 * The submissions as the summary lists them; only those whose id is in {@code only}, unless null. One a
	 * department has replaced says so and by which, and is not marked as having errors: its items count no more.
	 */
	private List<SubmissionView> views(ReportData data, Set<Long> only) {
		Replacements replacements = Replacements.of(data);
		return data.submissions()
			.stream()
			.filter(s -> only == null || only.contains(s.id()))
			.sorted(Comparator.comparing((Submission s) -> s.departmentName() == null ? "" : s.departmentName())
				.thenComparing(Submission::fileName))
			.map(s -> {
				List<StoredFinding> own = data.findings().stream().filter(f -> f.submissionId() == s.id()).toList();
				Optional<Submission> newer = replacements.of(s);
				String status = newer.map(n -> "差し替え済み（" + (n.fileName().equals(s.fileName()) ? "" : n.fileName() + "、")
						+ formats.dateTime(n.submittedAt()) + "の提出で置き換え）").orElse(s.status().label());
				return new SubmissionView(s.fileName(), s.departmentName() == null ? SubmissionView.UNKNOWN_DEPARTMENT : s.departmentName(),
						status, newer.isEmpty() && s.status().hasErrors(), count(own, Severity.ERROR), count(own, Severity.WARNING),
						formats.dateTime(s.submittedAt()), s.itemCount(), own, newer.isPresent());
			})
			.toList();
	}

	private static long count(List<StoredFinding> findings, Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}

}
