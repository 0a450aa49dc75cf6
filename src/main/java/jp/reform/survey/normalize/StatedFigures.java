package jp.reform.survey.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Planned and actual figures stated in a results sentence, the way Ogori reports them:
 * 「寄附金額8億円との計画に対し、実績は5.59億円」 → target 800,000 千円, actual 559,000 千円.
 * The target is the last figure before 「（と）の計画／目標に対し」, the actual the first figure after
 * 「実績」 in the same sentence with the target's kind (money with money, 件 with 件). A figure that
 * cannot be read (「10,93日」) yields no pair but a problem to report. Stateless.
 */
public final class StatedFigures {

	/** One sentence's pair; {@code sentence} is the provenance, as written (markup removed). */
	public record Pair(String sentence, Quantity target, Quantity actual) {

		public Pair {
			Objects.requireNonNull(sentence, "sentence");
			Objects.requireNonNull(target, "target");
			Objects.requireNonNull(actual, "actual");
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
			actual(sentence.substring(actualAt), t.value(), quoted, problems)
				.ifPresent(a -> pairs.add(new Pair(quoted, t.value(), a)));
		}
		return new Reading(pairs, problems);
	}

	private Optional<Quantity> actual(String text, Quantity target, String quoted, List<String> problems) {
		List<String> candidates = figures(text);
		String unreadable = null;
		Quantity first = null;
		for (String candidate : candidates) {
			Normalized<Quantity> parsed = numbers.parse(candidate, Unit.NONE);
			if (!(parsed instanceof Normalized.Value<Quantity> v)) {
				unreadable = unreadable == null ? candidate : unreadable;
				continue;
			}
			if (sameKind(target, v.value())) {
				return Optional.of(v.value());
			}
			first = first == null ? v.value() : first;
		}
		if (unreadable != null) {
			problems.add("実績の数値が読めません（" + unreadable + "）: " + quoted);
			return Optional.empty();
		}
		return Optional.ofNullable(target.unit() == null ? first : null);
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
