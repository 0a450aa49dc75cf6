package jp.reform.survey.report;

import java.io.IOException;
import java.io.InputStream;
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

	/**
	 * A file of the templates folder that is not a Freemarker template (review.yml, survey-form.yml): the
	 * office's copy in {@code templateDir} first, else the one inside the jar.
	 *
	 * @param what what the file is, for the message when neither exists (Japanese)
	 */
	public static InputStream open(Path templateDir, String name, String what) throws IOException {
		Path file = templateDir == null ? null : templateDir.resolve(name);
		if (file != null && Files.isRegularFile(file)) {
			return Files.newInputStream(file);
		}
		InputStream bundled = Templates.class.getResourceAsStream("/templates/" + name);
		if (bundled == null) {
			throw new IOException(what + " " + name + " が見つかりません");
		}
		return bundled;
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
