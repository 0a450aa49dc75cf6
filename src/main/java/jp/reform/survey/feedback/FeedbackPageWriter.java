package jp.reform.survey.feedback;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import freemarker.template.Configuration;
import jp.reform.survey.report.Templates;
import freemarker.template.TemplateException;

/**
 * A department's page from {@code feedback.ftlh}: the office's templates/ folder first, the copy in
 * the jar as fallback (as for the summary). The .ftlh extension turns on HTML auto-escaping, so a
 * department that typed {@code <script>} sees it as text.
 */
final class FeedbackPageWriter {

	static final String TEMPLATE = "feedback.ftlh";

	private final Configuration freemarker;

	FeedbackPageWriter(Path templateDir) {
		freemarker = Templates.freemarker(templateDir);
	}

	void write(DepartmentFeedback department, String generatedAt, Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			freemarker.getTemplate(TEMPLATE).process(Map.of("d", department, "generatedAt", generatedAt), out);
		}
		catch (TemplateException ex) {
			throw new IOException(TEMPLATE + " を処理できません: " + ex.getMessage(), ex);
		}
	}

}
