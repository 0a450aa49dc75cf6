package jp.reform.survey.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.reform.survey.review.ReviewProperties;
import jp.reform.survey.review.ReviewRules;
import jp.reform.survey.store.RunRecord;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;

/**
 * {@code summary.html} from the Freemarker template {@code summary.ftlh}: the office's
 * {@code templates/} folder first (editable without Java), the copy inside the jar as fallback.
 * The .ftlh extension turns on HTML auto-escaping, so department text is always shown as text; the
 * sections live in {@code templates/fragments/} so further blocks can be added as includes.
 */
final class HtmlSummaryWriter {

	/** The fragments summary.ftlh marks as changing with every run (see {@link SummaryParts}). */
	static final List<String> RUN_PARTS = List.of("run-time", "changes", "run-history");

	private final Configuration freemarker;

	private final JapaneseFormats formats = new JapaneseFormats();

	private final ReviewReport reviews;

	/** report.pdf's font, read once for all the PDFs this writer makes. */
	private final PdfFont pdfFont = new PdfFont();

	HtmlSummaryWriter(Path templateDir) {
		this(templateDir, new ReviewReport(templateDir, new ReviewRules(ReviewProperties.defaults())));
	}

	HtmlSummaryWriter(Path templateDir, ReviewReport reviews) {
		freemarker = Templates.freemarker(templateDir);
		this.reviews = reviews;
	}

	/**
	 * The model the templates see: {@code plans} (the consolidated {@code PlanSummary} list), {@code planViews}
	 * (per plan: charts, item rows, department status), {@code changes} (since the previous run),
	 * {@code submissions}, {@code reviews} (見直し候補 by plan name), {@code comparisons} (前年度報告との比較 by plan name), {@code management} (推進項目管理表 pages by plan name), {@code feedback} (links to per-department feedback pages), {@code fmt}
	 * (Japanese number and year forms) and {@code generatedAt}.
	 */
	List<PlanView> write(ReportData data, List<SubmissionView> submissions, FeedbackLinks feedback, String reportState,
			Path file) throws IOException {
		DepartmentOrder order = new DepartmentOrder(data.plans());
		Map<String, Object> model = planModel(data, feedback, order);
		@SuppressWarnings("unchecked")
		List<PlanView> planViews = (List<PlanView>) model.get("planViews");
		model.put("changes", new ChangeDetector(formats).detect(data));
		model.put("submissions", submissions.stream().sorted(Comparator.comparing(SubmissionView::department, order)).toList());
		model.put("feedback", feedback.sorted(order));
		model.put("generatedAt", formats.dateTime(data.generatedAt()));
		model.put("withErrors", submissions.stream().filter(SubmissionView::hasErrors).count());
		model.put("replacedCount", submissions.stream().filter(SubmissionView::replaced).count());
		model.put("runs", RunView.of(data.runs(), formats));
		model.put("formTracking", FormTracking.of(data.forms(), data.submissions(), formats)
			.stream()
			.sorted(Comparator.comparing(FormTracking::planName).thenComparing(FormTracking::department, order))
			.toList());
		model.put("reportState", reportState == null ? "" : reportState);
		process("summary.ftlh", model, file);
		return planViews;
	}

	/**
	 * What the templates show of each plan, summary.html and report.pdf alike: {@code plans},
	 * {@code planViews}, {@code reviews}, {@code comparisons}, {@code management} and {@code fmt}.
	 */
	private Map<String, Object> planModel(ReportData data, FeedbackLinks feedback, DepartmentOrder order)
			throws IOException {
		Map<String, Object> model = new HashMap<>();
		List<PlanView> planViews = new PlanViews(formats, feedback, order).of(data);
		model.put("plans", data.plans());
		model.put("planViews", planViews);
		Map<String, ReviewView> reviewsByPlan = new HashMap<>();
		reviews.of(data.plans()).forEach(r -> reviewsByPlan.put(r.planName(), r));
		model.put("reviews", reviewsByPlan);
		model.put("comparisons", new ComparisonViews(formats).of(data));
		Map<String, List<ManagementPage>> management = new HashMap<>();
		ManagementPages pages = new ManagementPages(formats);
		for (PlanView view : planViews) {
			management.put(view.summary().planName(), pages.of(view.summary(), view.anchor()));
		}
		model.put("management", management);
		model.put("fmt", formats);
		return model;
	}

	/** report.pdf of all plans in {@code data} (a part per plan), from {@code report-pdf.ftlh}. */
	void writePdf(ReportData data, Path file) throws IOException {
		Map<String, Object> model = planModel(data, new FeedbackLinks(List.of()), new DepartmentOrder(data.plans()));
		model.put("reportDate", formats.warekiDate(data.generatedAt()));
		model.put("documentTitle", pdfTitle(data));
		new PdfReportWriter(freemarker, pdfFont).write(model, file);
	}

	private String pdfTitle(ReportData data) {
		if (data.plans().size() == 1) {
			var plan = data.plans().get(0);
			return plan.planName() + (plan.reportYear() == null ? "" : " " + formats.wareki(plan.reportYear()) + "実施報告");
		}
		return "行財政改革 実施報告資料";
	}

	/**
	 * summary.html as the index of several plans ({@code summary-index.ftlh}): each plan's headline
	 * figures, its departments' state and a link to its page, the changes since the previous run, the
	 * files that belong to no plan ({@code unplanned}) and the run history. The blocks that change
	 * with every run are marked as in the one-plan page, so an unchanged run renews them alike.
	 */
	void writeIndex(ReportData data, List<PlanIndexRow> plans, List<SubmissionView> unplanned, String reportState,
			Path file) throws IOException {
		Map<String, Object> model = new HashMap<>();
		model.put("planRows", plans);
		model.put("changes", new ChangeDetector(formats).detect(data));
		model.put("unplanned", unplanned);
		long replaced = Replacements.of(data).count(data.submissions());
		model.put("fileCount", data.submissions().size() - replaced);
		model.put("replacedCount", replaced);
		model.put("generatedAt", formats.dateTime(data.generatedAt()));
		model.put("fmt", formats);
		model.put("runs", RunView.of(data.runs(), formats));
		model.put("reportState", reportState == null ? "" : reportState);
		process("summary-index.ftlh", model, file);
	}

	private void process(String template, Map<String, Object> model, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			freemarker.getTemplate(template).process(model, out);
		}
		catch (TemplateException ex) {
			throw new IOException(template + " を処理できません: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The blocks of the page that change with every run, each rendered alone from its fragment, for a
	 * run whose store state is the one the page shows: the run time, 「前回の集計からの変更」 (nothing,
	 * since {@code previousAt}) and the run history.
	 */
	Map<String, String> runParts(LocalDateTime generatedAt, LocalDateTime previousAt, List<RunRecord> runs)
			throws IOException {
		return parts(generatedAt, new ChangeSummary(formats.dateTime(previousAt), List.of(), List.of()), runs);
	}

	/**
	 * The blocks of a page of {@code data} that change with every run, as {@link #write} renders them: a
	 * plan's page taken from the cache gets these, so it reads as if built in this run.
	 */
	Map<String, String> runParts(ReportData data) throws IOException {
		return parts(data.generatedAt(), new ChangeDetector(formats).detect(data), data.runs());
	}

	private Map<String, String> parts(LocalDateTime generatedAt, ChangeSummary changes, List<RunRecord> runs)
			throws IOException {
		Map<String, Object> model = new HashMap<>();
		model.put("generatedAt", formats.dateTime(generatedAt));
		model.put("changes", changes);
		model.put("runs", RunView.of(runs, formats));
		model.put("fmt", formats);
		Map<String, String> parts = new LinkedHashMap<>();
		for (String name : RUN_PARTS) {
			StringWriter out = new StringWriter();
			try {
				freemarker.getTemplate("fragments/" + name + ".ftlh").process(model, out);
			}
			catch (TemplateException ex) {
				throw new IOException("fragments/" + name + ".ftlh を処理できません: " + ex.getMessage(), ex);
			}
			parts.put(name, out.toString());
		}
		return parts;
	}

}
