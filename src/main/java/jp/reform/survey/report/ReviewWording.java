package jp.reform.survey.report;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import jp.reform.survey.review.Reason;
import jp.reform.survey.review.ReviewCandidate;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The office's wording of each 見直し候補 reason, from {@code templates/review.yml} (the copy in the jar
 * as fallback): a short label and a detail line, with {@code {threshold}} and {@code {figure}} filled in.
 */
final class ReviewWording {

	static final String FILE = "review.yml";

	private record Text(String label, String detail) {
	}

	private final Map<Reason, Text> texts = new EnumMap<>(Reason.class);

	private ReviewWording(Map<String, Object> root) {
		Object reasons = root == null ? null : root.get("reasons");
		for (Reason reason : Reason.values()) {
			Map<?, ?> entry = reasons instanceof Map<?, ?> m && m.get(reason.name()) instanceof Map<?, ?> e ? e : Map.of();
			texts.put(reason, new Text(string(entry.get("label"), reason.name()), string(entry.get("detail"), "")));
		}
	}

	static ReviewWording load(Path templateDir) throws IOException {
		try (InputStream in = Templates.open(templateDir, FILE, "見直し候補の文言ファイル")) {
			return parse(in);
		}
	}

	private static ReviewWording parse(InputStream in) {
		return new ReviewWording(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
	}

	/** 「3年以上 検討段階のまま」 */
	String label(Reason reason, BigDecimal threshold) {
		return fill(texts.get(reason).label(), threshold, null);
	}

	String label(ReviewCandidate candidate) {
		return label(candidate.reason(), candidate.threshold());
	}

	/** 「進捗が5年続けて未実施（検討など）」 */
	String detail(ReviewCandidate candidate) {
		return fill(texts.get(candidate.reason()).detail(), candidate.threshold(), candidate.figure());
	}

	private static String fill(String text, BigDecimal threshold, BigDecimal figure) {
		return text.replace("{threshold}", plain(threshold)).replace("{figure}", plain(figure));
	}

	/** Years and entered rates as they are (3, 46), computed rates with their two decimals (1.80). */
	private static String plain(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	private static String string(Object value, String fallback) {
		return value == null ? fallback : value.toString();
	}

}
