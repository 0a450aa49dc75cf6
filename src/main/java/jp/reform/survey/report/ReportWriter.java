package jp.reform.survey.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import jp.reform.survey.store.RunRecord;
import jp.reform.survey.store.StoredFinding;
import jp.reform.survey.store.Submission;
import jp.reform.survey.vocabulary.Severity;

/**
 * Writes every output into a fresh folder beside {@code output/} and moves each file into place
 * only when all are complete, so a failed run leaves the previous reports whole.
 */
public final class ReportWriter {

	public static final String SUMMARY = "summary.html";

	public static final String WORKBOOK = "consolidated.xlsx";

	public static final String CSV = "csv/category_summary.csv";

	private static final String STAGING_PREFIX = ".staging-";

	private final HtmlSummaryWriter html;

	private final JapaneseFormats formats = new JapaneseFormats();

	public ReportWriter(Path templateDir) {
		this.html = new HtmlSummaryWriter(templateDir);
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
		Files.createDirectories(outputDir);
		removeLeftoverStaging(outputDir);
		Path staging = Files.createTempDirectory(outputDir, STAGING_PREFIX);
		try {
			// The workbook takes longest; the csv and the summary are written beside it on another core.
			CompletableFuture<Void> others = CompletableFuture.runAsync(() -> {
				try {
					new CategorySummaryCsvWriter().write(data.plans(), staging.resolve(CSV));
					html.write(data, views(data), new FeedbackLinks(feedback), reportState, staging.resolve(SUMMARY));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			new ConsolidatedWorkbookWriter().write(data, staging.resolve(WORKBOOK));
			await(others);
			for (String name : List.of(CSV, WORKBOOK, SUMMARY)) {
				Path target = outputDir.resolve(name);
				Files.createDirectories(target.getParent());
				Files.move(staging.resolve(name), target, StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
			}
		}
		finally {
			deleteTree(staging);
		}
	}

	/**
	 * For a run that finds the store as the reports in {@code outputDir} show it (same {@code reportState}):
	 * rewrites only the parts of summary.html that change with every run — run time, 「前回の集計からの変更」
	 * (none since {@code previousAt}) and the run history — and leaves the csv and the workbook as they
	 * are. Returns false, having changed nothing, when the reports there are missing or from another
	 * state; the caller then writes them all.
	 */
	public boolean refresh(Path outputDir, String reportState, LocalDateTime generatedAt, LocalDateTime previousAt,
			List<RunRecord> runs) throws IOException {
		Path summary = outputDir.resolve(SUMMARY);
		if (!Files.isRegularFile(outputDir.resolve(CSV)) || !Files.isRegularFile(outputDir.resolve(WORKBOOK))
				|| !SummaryParts.state(summary).equals(Optional.of(reportState))) {
			return false;
		}
		removeLeftoverStaging(outputDir);
		Path staging = Files.createTempDirectory(outputDir, STAGING_PREFIX);
		try {
			Path fresh = staging.resolve(SUMMARY);
			if (!SummaryParts.splice(summary, fresh, html.runParts(generatedAt, previousAt, runs))) {
				return false;
			}
			Files.move(fresh, summary, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		finally {
			deleteTree(staging);
		}
	}

	/**
	 * A run killed while writing leaves its staging folder behind; runs take the run lock, so any
	 * staging folder found now is such a leftover.
	 */
	private static void removeLeftoverStaging(Path outputDir) throws IOException {
		try (Stream<Path> entries = Files.list(outputDir)) {
			for (Path leftover : entries
				.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith(STAGING_PREFIX))
				.toList()) {
				deleteTree(leftover);
			}
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

	private List<SubmissionView> views(ReportData data) {
		return data.submissions()
			.stream()
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

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

}
