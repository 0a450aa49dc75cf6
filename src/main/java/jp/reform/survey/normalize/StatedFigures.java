package jp.reform.survey.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Planned and actual figures stated in a results sentence, the way Ogori reports them:
 * 「寄附金額8億円との計画に対し、実績は5.59億円」 → target 800,000 千円, actual 559,000 千円.
 * The target is the last figure before 「（と）の計画／目標に対し」, the actuals every figure after 「実績」
 * in the same sentence (「実績は17社 8,685,800円」 states two). A figure that cannot be read (「10,93日」)
 * or whose sign is 「±」 is left out and reported as a problem, never guessed. Stateless.
 */
public final class StatedFigures {

	/**
	 * One sentence's plan and every actual it states (「実績は17社 8,685,800円」 gives two); {@code sentence} is
	 * the provenance, as written (markup removed).
	 */
	public record Pair(String sentence, Quantity target, List<Quantity> actuals) {

		public Pair {
			Objects.requireNonNull(sentence, "sentence");
			Objects.requireNonNull(target, "target");
			actuals = List.copyOf(actuals);
			if (actuals.isEmpty()) {
				throw new IllegalArgumentException("a pair needs an actual");
			}
		}

		/** The actual that answers the plan: the first of the target's kind, else the first. */
		public Quantity actual() {
			return actuals.stream().filter(a -> sameKind(target, a)).findFirst().orElse(actuals.get(0));
		}

	}

	/** @param problems Japanese messages for sentences whose figures could not be read */
	public record Reading(List<Pair> pairs, List<String> problems) {

		public Reading {
			pairs = List.copyOf(pairs);
			problems = List.copyOf(problems);
		}

	}

	private static final Pattern MARKUP = Pattern.compile("<[^>]*>");
	private static final Pattern SENTENCE_END = Pattern.compile("[。○●◯\\n]+");
	private static final Pattern AGAINST = Pattern.compile("(?:との|の)(?:計画|目標)に対し(?:て)?[、,]?");
	/** Counting words seen in results prose; longest first so 事業者 is not read as 事業. */
	private static final String UNITS = "事業者|ポイント|手続き|手続|業務|団体|地区|施設|箇所|か所|世帯|時間|件|人|名|品|社|日|回|校|台|本|冊|部|枚|点|戸|床|%|pt";
	/**
	 * A figure: optional 約 and sign, digits with separators and kanji multipliers, a unit and a
	 * bound. Era years (R4, 令和6年度) and dates (5年間, 10月) are not figures.
	 */
	private static final Pattern FIGURE = Pattern.compile("(?<![0-9A-Za-z,.])(?<!令和|平成|昭和)"
			+ "((?:約|およそ)?[△▲\\-−]?[0-9][0-9,.]*(?:[億万千][0-9,.]*)*)"
			+ "(?!年|月|か月|ヶ月|[0-9])"
			+ "((?:百万|千|万|億)?円|" + UNITS + ")?(以上|以下|以内|未満|超)?");

	private final Numbers numbers = new Numbers();

	public Reading read(String prose) {
		if (prose == null || prose.isBlank()) {
			return new Reading(List.of(), List.of());
		}
		String text = CellText.nfkc(MARKUP.matcher(prose).replaceAll(" "));
		List<Pair> pairs = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (String sentence : SENTENCE_END.split(text)) {
			Matcher against = AGAINST.matcher(sentence);
			if (!against.find()) {
				continue;
			}
			int actualAt = sentence.indexOf("実績", against.end());
			if (actualAt < 0) {
				continue;
			}
			String quoted = sentence.replaceAll("\\s+", " ").strip();
			List<String> planned = figures(sentence.substring(0, against.start()));
			if (planned.isEmpty()) {
				continue;
			}
			Normalized<Quantity> target = numbers.parse(planned.get(planned.size() - 1), Unit.NONE);
			if (!(target instanceof Normalized.Value<Quantity> t)) {
				problems.add("計画の数値が読めません（" + planned.get(planned.size() - 1) + "）: " + quoted);
				continue;
			}
			List<Quantity> actuals = actuals(sentence.substring(actualAt), quoted, problems);
			if (!actuals.isEmpty()) {
				pairs.add(new Pair(quoted, t.value(), actuals));
			}
		}
		return new Reading(pairs, problems);
	}

	/**
	 * Every readable figure after 「実績」. A figure that cannot be read, or whose sign is 「±」 (neither
	 * more nor less), is reported and left out, never guessed; without any readable one there is no pair.
	 */
	private List<Quantity> actuals(String text, String quoted, List<String> problems) {
		List<Quantity> actuals = new ArrayList<>();
		Matcher m = FIGURE.matcher(text);
		while (m.find()) {
			String candidate = m.group();
			if (m.start() > 0 && text.charAt(m.start() - 1) == '±') {
				problems.add("実績の符号が読めません（±" + candidate + "）: " + quoted);
				continue;
			}
			Normalized<Quantity> parsed = numbers.parse(candidate, Unit.NONE);
			if (parsed instanceof Normalized.Value<Quantity> v) {
				actuals.add(v.value());
			}
			else {
				problems.add("実績の数値が読めません（" + candidate + "）: " + quoted);
			}
		}
		return actuals;
	}

	private static boolean sameKind(Quantity target, Quantity actual) {
		return Objects.equals(target.unit(), actual.unit()) || (target.unit() == null && !actual.isMoney());
	}

	private static List<String> figures(String text) {
		List<String> found = new ArrayList<>();
		Matcher m = FIGURE.matcher(text);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

}
