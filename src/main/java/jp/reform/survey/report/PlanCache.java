package jp.reform.survey.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.reform.survey.store.FormReturn;
import jp.reform.survey.store.Submission;

/**
 * With several plans, each plan's part of the reports — its page, its row of the index, its rows of
 * the csvs, its report.pdf — kept in {@code output/.report-cache/<key>/}, the key being a digest of everything that
 * part is built from. A plan whose key is found there is not built again: its parts are taken over
 * (linked, not copied, where the file system allows) and only the blocks of its page that change
 * with every run are renewed. The folder is written in the staging folder and published with the
 * reports, so it always describes the reports beside it; the parts of plans no longer there go with
 * the previous folder.
 */
final class PlanCache {

	static final String FOLDER = ".report-cache";

	/** The plan's page as it was rendered (its run blocks those of the run that rendered it). */
	static final String PAGE = "page.html";

	/** The plan's figures in the index ({@link PlanIndexRow}), one number a line. */
	static final String ROW = "index-row.txt";

	/** The plan's report.pdf, when the PDF is switched on. */
	static final String PDF = "report.pdf";

	/** What a complete part holds; the csv rows are named after the published csvs. */
	static final List<String> CSVS = List.of("category_summary.csv", "review_candidates.csv", "item_values.csv");

	private final Path previous;

	private final Path fresh;

	private final boolean pdf;

	/**
	 * @param output the published output folder, whose cache the parts are taken from
	 * @param staging where this run writes its outputs, the new cache among them
	 * @param pdf whether a complete part holds the plan's report.pdf
	 */
	PlanCache(Path output, Path staging, boolean pdf) throws IOException {
		this.previous = output == null ? null : output.resolve(FOLDER);
		this.fresh = Files.createDirectories(staging.resolve(FOLDER));
		this.pdf = pdf;
	}

	/**
	 * The key of one plan's part: the program and templates ({@code program}), the page's place and
	 * the plan's own data — its consolidation, submissions, findings, forms, prior year, the links to
	 * its departments' feedback and its 見直し候補 — but not what changes with every run (run time,
	 * run history, the previous run's report), which the renewed blocks carry.
	 */
	static String key(String program, PlanPages.Page page, FeedbackLinks links, ReviewView reviews) {
		ReportData data = page.data();
		Set<Long> own = data.submissions().stream().map(Submission::id).collect(Collectors.toSet());
		List<FormReturn> returns = data.forms().returns().stream().filter(r -> own.contains(r.submissionId())).toList();
		KeyDigest digest = new KeyDigest();
		for (Object part : Arrays.asList(program, page.path(), page.href(), data.plans(), data.submissions(),
				data.findings(), data.submissionPlans(), data.forms().sent(), returns, data.priorYears(), links.all(),
				reviews)) {
			digest.feed(part);
		}
		return digest.hex();
	}

	/**
	 * The previous run's part of this key, taken over into this run's cache, or null when there is
	 * none (or it is incomplete): the part must then be built.
	 */
	Path reuse(String key) throws IOException {
		if (previous == null) {
			return null;
		}
		Path old = previous.resolve(key);
		if (!Files.isRegularFile(old.resolve(PAGE)) || !Files.isRegularFile(old.resolve(ROW))
				|| CSVS.stream().anyMatch(csv -> !Files.isRegularFile(old.resolve(csv)))
				|| pdf && !Files.isRegularFile(old.resolve(PDF))) {
			return null;
		}
		Path taken = Files.createDirectories(fresh.resolve(key));
		try (Stream<Path> files = Files.list(old)) {
			for (Path file : files.toList()) {
				link(file, taken.resolve(file.getFileName()));
			}
		}
		return taken;
	}

	/** A new, empty part of this key in this run's cache. */
	Path create(String key) throws IOException {
		Path dir = fresh.resolve(key);
		Publication.deleteTree(dir);
		return Files.createDirectories(dir);
	}

	/**
	 * A second name for a file (the published page and its cached copy are the same bytes; a
	 * prefecture's pages are tens of megabytes); a copy where the file system has no links.
	 */
	static void link(Path existing, Path link) throws IOException {
		try {
			Files.createLink(link, existing);
		}
		catch (UnsupportedOperationException | IOException ex) {
			Files.copy(existing, link);
		}
	}

}
