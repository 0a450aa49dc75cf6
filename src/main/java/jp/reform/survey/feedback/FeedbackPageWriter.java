package jp.reform.survey.feedback;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * A department's page from {@code feedback.ftlh}: the office's templates/ folder first, the copy in
 * the jar as fallback (as for the summary). The .ftlh extension turns on HTML auto-escaping, so a
 * department that typed {@code <script>} sees it as text.
 */
final class FeedbackPageWriter {

	static final String TEMPLATE = "feedback.ftlh";

	private final Configuration freemarker;

	FeedbackPageWriter(Path templateDir) {
		freemarker = new Configuration(Configuration.VERSION_2_3_34);
		freemarker.setDefaultEncoding("UTF-8");
		freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		freemarker.setLogTemplateExceptions(false);
		freemarker.setTemplateLoader(loader(templateDir));
	}

	private static TemplateLoader loader(Path templateDir) {
		ClassTemplateLoader bundled = new ClassTemplateLoader(FeedbackPageWriter.class, "/templates");
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

	void write(DepartmentFeedback department, String generatedAt, Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			freemarker.getTemplate(TEMPLATE).process(Map.of("d", department, "generatedAt", generatedAt), out);
		}
		catch (TemplateException ex) {
			throw new IOException(TEMPLATE + " を処理できません: " + ex.getMessage(), ex);
		}
	}

}
