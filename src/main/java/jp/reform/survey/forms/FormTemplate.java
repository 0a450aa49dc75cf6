package jp.reform.survey.forms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import jp.reform.survey.report.Templates;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The look and cover text of distributed forms, read from {@code templates/survey-form.yml} so the
 * office adjusts them without Java; the copy inside the jar is the fallback.
 */
public record FormTemplate(String coverTitle, String coverText, String itemTitle, String fontName, int fontSize,
		String headerColor, String labelColor, String inputColor, String lockedColor, Map<String, Integer> columnWidths,
		int portraitWidth) {

	static final String FILE = "survey-form.yml";

	/** Widths used for a kind the template does not name (or a template from before widths were by kind). */
	private static final Map<String, Integer> DEFAULT_WIDTHS = Map.of("year", 12, "status", 12, "money", 14, "figure",
			12, "figure-text", 22, "rate", 10, "prose", 36, "name", 20, "activity", 22, "activity-name", 20);

	public static FormTemplate load(Path templateDir) throws IOException {
		try (InputStream in = Templates.open(templateDir, FILE, "調査票のテンプレート")) {
			return parse(in);
		}
	}

	@SuppressWarnings("unchecked")
	static FormTemplate parse(InputStream in) {
		Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		Map<String, Object> cover = (Map<String, Object>) root.get("cover");
		Map<String, Object> font = (Map<String, Object>) root.get("font");
		Map<String, Object> colors = (Map<String, Object>) root.get("colors");
		return new FormTemplate(String.valueOf(cover.get("title")), String.valueOf(cover.get("text")).strip(),
				String.valueOf(root.get("item-title")), String.valueOf(font.get("name")),
				((Number) font.get("size")).intValue(), String.valueOf(colors.get("header")),
				String.valueOf(colors.get("label")), String.valueOf(colors.get("input")),
				String.valueOf(colors.get("locked")), widths(root.get("column-widths")),
				root.get("portrait-width") instanceof Number n ? n.intValue() : 110);
	}

	/** Column width (half-width characters) for a column of this kind: year, status, money, prose … */
	int width(String kind) {
		return columnWidths.getOrDefault(kind, DEFAULT_WIDTHS.getOrDefault(kind, 14));
	}

	private static Map<String, Integer> widths(Object value) {
		Map<String, Integer> widths = new HashMap<>(DEFAULT_WIDTHS);
		if (value instanceof Map<?, ?> map) { // an older template's list of nine widths is left for the defaults
			map.forEach((kind, width) -> {
				if (width instanceof Number n) {
					widths.put(String.valueOf(kind), n.intValue());
				}
			});
		}
		return Map.copyOf(widths);
	}

	/** @param change what to do about a value that needs changing (the form's 備考 column, or ask the office) */
	String fill(String text, String plan, String year, String deadline, String change) {
		return text.replace("{plan}", plan).replace("{year}", year).replace("{deadline}", deadline)
			.replace("{change}", change);
	}

}
