package jp.reform.survey.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * {@code summary.html} from the Freemarker template {@code summary.ftlh}: the office's
 * {@code templates/} folder first (editable without Java), the copy inside the jar as fallback.
 * The .ftlh extension turns on HTML auto-escaping, so department text is always shown as text; the
 * sections live in {@code templates/fragments/} so further blocks can be added as includes.
 */
final class HtmlSummaryWriter {

	private final Configuration freemarker;

	private final JapaneseFormats formats = new JapaneseFormats();

	HtmlSummaryWriter(Path templateDir) {
		freemarker = new Configuration(Configuration.VERSION_2_3_34);
		freemarker.setDefaultEncoding("UTF-8");
		freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		freemarker.setLogTemplateExceptions(false);
		freemarker.setTemplateLoader(loader(templateDir));
	}

	private static TemplateLoader loader(Path templateDir) {
		ClassTemplateLoader bundled = new ClassTemplateLoader(HtmlSummaryWriter.class, "/templates");
		if (templateDir == null || !Files.isDirectory(templateDir)) {
			return bundled;
		}
		try {
			return new MultiTemplateLoader(new TemplateLoader[] { new FileTemplateLoader(templateDir.toFile()), bundled });
		}
		catch (IOException ex) {
			return bundled;
		}
	}

	/**
	 * The model the templates see: {@code plans} (the consolidated {@code PlanSummary} list), {@code planViews}
	 * (per plan: charts, item rows, department status), {@code changes} (since the previous run),
	 * {@code submissions}, {@code feedback} (links to per-department feedback pages), {@code fmt}
	 * (Japanese number and year forms) and {@code generatedAt}.
	 */
	void write(ReportData data, List<SubmissionView> submissions, FeedbackLinks feedback, Path file)
			throws IOException {
		Map<String, Object> model = new HashMap<>();
		model.put("plans", data.plans());
		model.put("planViews", new PlanViews(formats, feedback).of(data));
		model.put("changes", new ChangeDetector(formats).detect(data));
		model.put("submissions", submissions);
		model.put("feedback", feedback);
		model.put("generatedAt", formats.dateTime(data.generatedAt()));
		model.put("fmt", formats);
		model.put("withErrors", submissions.stream().filter(SubmissionView::hasErrors).count());
		model.put("runs", RunView.of(data.runs(), formats));
		model.put("formTracking", FormTracking.of(data.forms(), data.submissions(), formats));
		Files.createDirectories(file.getParent());
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			freemarker.getTemplate("summary.ftlh").process(model, out);
		}
		catch (TemplateException ex) {
			throw new IOException("summary.ftlh を処理できません: " + ex.getMessage(), ex);
		}
	}

}
