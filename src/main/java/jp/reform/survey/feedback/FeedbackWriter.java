package jp.reform.survey.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.reform.survey.intake.InboxScanner;
import jp.reform.survey.report.FileNames;
import jp.reform.survey.report.FeedbackLink;
import jp.reform.survey.report.Publication;
import jp.reform.survey.report.JapaneseFormats;
import jp.reform.survey.report.ReportData;
import jp.reform.survey.store.StoredFinding;
import jp.reform.survey.store.Submission;
import jp.reform.survey.store.SubmissionPlan;
import jp.reform.survey.vocabulary.SubmissionStatus;
import jp.reform.survey.vocabulary.Severity;
import jp.reform.survey.workbook.ContentKind;
import jp.reform.survey.workbook.WorkbookReadException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code output/feedback/}: for each department a page listing what to fix in its newest
 * submission (earlier ones as history), and a copy of its workbook with the offending cells
 * marked. Written into a staging folder and published with the summary ({@link Publication}), so
 * the summary's links always point at a complete set.
 */
public final class FeedbackWriter {

	public static final String FOLDER = "feedback";

	/** Files nobody could attribute (unreadable, no cover): each one is listed in full here. */
	static final String UNKNOWN_DEPARTMENT = FeedbackLink.UNKNOWN_DEPARTMENT;

	private static final Logger log = LoggerFactory.getLogger(FeedbackWriter.class);

	/**
	 * The marked copy is written through POI's user model, which holds the whole workbook in memory
	 * (some hundred times its size on disk); a survey form is tens of kilobytes, so anything above
	 * this is a workbook with bulk data in it, and its copy would not fit a small heap.
	 */
	static final long MAX_COPY_BYTES = 1024 * 1024;

	private final FeedbackPageWriter pages;

	private final AnnotatedCopyWriter copies = new AnnotatedCopyWriter();

	private final JapaneseFormats formats = new JapaneseFormats();

	public FeedbackWriter(Path templateDir) {
		this.pages = new FeedbackPageWriter(templateDir);
	}

	/** Writes every department's feedback, publishes it in {@code outputDir} and returns the links for the summary. */
	public List<FeedbackLink> write(ReportData data, Path outputDir) throws IOException {
		try (Publication publication = Publication.open(outputDir)) {
			List<FeedbackLink> links = writeInto(data, publication.staging());
			publication.publish(List.of(FOLDER), List.of());
			return links;
		}
	}

	/**
	 * Writes every department's feedback into {@code dir}/feedback (a {@link Publication}'s staging
	 * folder) and returns the links for the summary, by department.
	 */
	public List<FeedbackLink> writeInto(ReportData data, Path dir) throws IOException {
		Path folder = Files.createDirectories(dir.resolve(FOLDER));
		List<FeedbackLink> links = new ArrayList<>();
		List<DepartmentFeedback> departments = new ArrayList<>();
		FileNames names = new FileNames();
		Map<Long, String> planOf = plansIfSeveral(data.submissionPlans());
		for (Map.Entry<Recipient, List<Submission>> entry : byRecipient(data.submissions(), planOf).entrySet()) {
			DepartmentFeedback feedback = department(entry.getKey(), entry.getValue(), data.findings(), names, folder);
			departments.add(feedback);
			String status = feedback.current().isEmpty() ? "" : feedback.current().get(0).status();
			links.add(new FeedbackLink(feedback.plan(), feedback.department(), FileNames.href(FOLDER, feedback.page()),
					status, feedback.hasErrors(), feedback.errors(), feedback.warnings()));
		}
		// the pages are independent once named: a prefecture's thousand are written side by side, so one
		// waits for the disk while another is filled in
		String generatedAt = formats.dateTime(data.generatedAt());
		try {
			departments.parallelStream().forEach(feedback -> {
				try {
					pages.write(feedback, generatedAt, folder.resolve(feedback.page()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		return links;
	}

	/**
	 * Who a page is for: a department, and its plan when the inbox holds several plans (a prefecture
	 * consolidating its towns, each with its own 税務課); null when there is one plan, as for a city.
	 */
	private record Recipient(String plan, String department) {
	}

	/** Each submission's plan by submission id when the submissions name more than one plan, else none. */
	private static Map<Long, String> plansIfSeveral(List<SubmissionPlan> submissionPlans) {
		Map<Long, String> plans = new HashMap<>();
		submissionPlans.stream()
			.filter(p -> p.planName() != null)
			.forEach(p -> plans.put(p.submissionId(), p.planName()));
		return new HashSet<>(plans.values()).size() > 1 ? plans : Map.of();
	}

	/**
	 * Recipients in plan and department name order, the unattributed last; each one's submissions
	 * newest first.
	 */
	private static Map<Recipient, List<Submission>> byRecipient(List<Submission> submissions, Map<Long, String> planOf) {
		Comparator<String> nullsLast = Comparator.nullsLast(Comparator.naturalOrder());
		Map<Recipient, List<Submission>> grouped = new LinkedHashMap<>();
		submissions.stream()
			.filter(s -> s.status() != SubmissionStatus.PENDING)
			.sorted(Comparator.comparing((Submission s) -> s.departmentName() == null)
				.thenComparing(s -> planOf.get(s.id()), nullsLast)
				.thenComparing(s -> s.departmentName() == null ? "" : s.departmentName())
				.thenComparing(FeedbackWriter::submittedAt, Comparator.reverseOrder())
				.thenComparing(Submission::id, Comparator.reverseOrder()))
			.forEach(s -> grouped.computeIfAbsent(new Recipient(planOf.get(s.id()),
					s.departmentName() == null ? UNKNOWN_DEPARTMENT : s.departmentName()), k -> new ArrayList<>()).add(s));
		return grouped;
	}

	private static java.time.LocalDateTime submittedAt(Submission s) {
		return s.submittedAt() == null ? s.fileModifiedAt() : s.submittedAt();
	}

	private DepartmentFeedback department(Recipient recipient, List<Submission> submissions,
			List<StoredFinding> findings, FileNames names, Path staging) {
		String department = recipient.department();
		String stem = names.unique(recipient.plan() == null ? department : recipient.plan() + "_" + department);
		boolean unknown = department.equals(UNKNOWN_DEPARTMENT);
		int shown = unknown ? submissions.size() : 1;
		List<SubmissionFeedback> current = new ArrayList<>();
		List<SubmissionFeedback> earlier = new ArrayList<>();
		for (int i = 0; i < submissions.size(); i++) {
			Submission s = submissions.get(i);
			List<StoredFinding> own = findings.stream().filter(f -> f.submissionId() == s.id()).toList();
			if (i < shown) {
				current.add(withCopy(s, own, stem, names, staging));
			}
			else {
				earlier.add(view(s, own, null, null));
			}
		}
		return new DepartmentFeedback(recipient.plan(), department, stem + ".html", current, earlier);
	}

	/** The submission with its marked copy, when there is something to mark and the original is still there. */
	private SubmissionFeedback withCopy(Submission s, List<StoredFinding> own, String stem, FileNames names,
			Path staging) {
		List<StoredFinding> marked = own.stream().filter(StoredFinding::actionable).toList();
		if (marked.isEmpty()) {
			return view(s, own, null, null);
		}
		// A file turned away unread has findings about the file only; one that was read but had every
		// item sheet held back has findings at its sheets, and its copy shows where to correct.
		boolean read = own.stream().anyMatch(f -> f.sheet() != null);
		if (s.status() == SubmissionStatus.EXCLUDED) {
			return view(s, own, null, "表計算ファイルではないため、指摘を書き込んだ写しはありません。");
		}
		if (s.status() == SubmissionStatus.REJECTED && !read) {
			return view(s, own, null, "ファイルを読めなかったため、指摘を書き込んだ写しはありません。");
		}
		Path original = Path.of(s.filePath());
		if (!Files.isRegularFile(original) || !s.fingerprint().equals(fingerprint(original))) {
			return view(s, own, null, "受信フォルダの元のファイルが見つからないか変更されているため、指摘を書き込んだ写しは作れませんでした。");
		}
		if (s.fileSize() > MAX_COPY_BYTES) {
			return view(s, own, null, String.format(Locale.ROOT,
					"ブックが大きい（%.1f MB）ため、指摘を書き込んだ写しは作りませんでした。指摘の箇所は下の一覧のとおりです。",
					s.fileSize() / (1024.0 * 1024.0)));
		}
		boolean openDocument = isOpenDocument(original);
		String copyName = "指摘_" + names.unique(stem + "_" + baseName(s.fileName()))
				+ (openDocument ? ".xlsx" : extension(s.fileName()));
		try {
			if (openDocument) {
				copies.writeFromOpenDocument(original, own, staging.resolve(stem).resolve(copyName));
				return view(s, own, FileNames.href(stem, copyName), "元のファイルは OpenDocument（.ods）なので、写しは Excel 形式（.xlsx）で、"
						+ "値と結合セルだけを写しています（書式や数式は写していません）。");
			}
			copies.write(original, own, staging.resolve(stem).resolve(copyName));
			return view(s, own, FileNames.href(stem, copyName), null);
		}
		catch (IOException | WorkbookReadException | RuntimeException ex) {
			log.warn("指摘を書き込んだ写しを作れませんでした: {} — {}", s.fileName(), ex.toString());
			return view(s, own, null, "指摘を書き込んだ写しを作れませんでした（" + ex.getClass().getSimpleName() + "）。");
		}
	}

	private SubmissionFeedback view(Submission s, List<StoredFinding> own, String copyHref, String copyNote) {
		List<StoredFinding> actionable = own.stream().filter(StoredFinding::actionable).toList();
		List<StoredFinding> notes = own.stream().filter(f -> !f.actionable()).toList();
		return new SubmissionFeedback(s.fileName(), s.status().label(), s.status().hasErrors(),
				formats.dateTime(submittedAt(s)), s.itemCount(), count(own, Severity.ERROR), count(own, Severity.WARNING), copyHref,
				copyNote, actionable, notes);
	}

	private static long count(List<StoredFinding> findings, Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}

	private static String baseName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? fileName : fileName.substring(0, dot);
	}

	/** The original's format is kept; only the three Excel extensions ever get here. */
	private static String extension(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		return lower.endsWith(".xlsm") ? ".xlsm" : lower.endsWith(".xls") ? ".xls" : ".xlsx";
	}

	private static boolean isOpenDocument(Path file) {
		try {
			return ContentKind.of(file) == ContentKind.ODS;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** The file's fingerprint as intake takes it; "" when it cannot be read (it then matches nothing). */
	private static String fingerprint(Path file) {
		try {
			return InboxScanner.sha256(file);
		}
		catch (IOException ex) {
			return "";
		}
	}

}
