package jp.reform.survey.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;

/**
 * The Freemarker set-up every HTML output shares: the office's {@code templates/} folder first
 * (editable without Java), the copy inside the jar as fallback; .ftlh templates escape all text.
 */
public final class Templates {

	private Templates() {
	}

	public static Configuration freemarker(Path templateDir) {
		Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
		freemarker.setDefaultEncoding("UTF-8");
		freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		freemarker.setLogTemplateExceptions(false);
		freemarker.setTemplateLoader(loader(templateDir));
		return freemarker;
	}

	private static TemplateLoader loader(Path templateDir) {
		ClassTemplateLoader bundled = new ClassTemplateLoader(Templates.class, "/templates");
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

}
