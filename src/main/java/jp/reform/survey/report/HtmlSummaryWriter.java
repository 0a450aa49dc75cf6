package jp.reform.survey.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;

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
		freemarker = Templates.freemarker(templateDir);
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
