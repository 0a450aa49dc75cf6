package jp.reform.survey.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Target and result cells that are written as text around one figure: 「人事交流 1名以上」,
 * 「管理職に占める女性の割合22.0％」, 「40団体」. The figure must end the cell and be the only number in
 * it; then it is read like a number cell and the words before it are kept as its label. Anything
 * else (「適正な人員数を確保」, 「12月までに調査終了」, two figures) is prose: kept whole, never guessed at.
 * Stateless.
 */
public final class FiguresInText {

	/**
	 * @param label the words before the figure (the whole text for prose), NFKC, spaces only between
	 *     Latin letters or digits
	 * @param quantity the figure, or null when the cell is prose
	 */
	public record Figure(String label, Quantity quantity) {

		public boolean isProse() {
			return quantity == null;
		}

	}

	private static final String SIGNS = "△▲-−";
	private static final Pattern UNIT = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ーA-Za-z%]{1,8}");
	/** 「8月までに」「令和8年3月」 are dates, not counts of months. */
	private static final Set<String> DATE_UNITS = Set.of("年", "年度", "月", "月末");
	private static final Pattern LABEL_END = Pattern.compile("[\\s:：]+$");

	private final Numbers numbers = new Numbers();

	/** A number cell as it stands, else a labelled figure, else prose; blank and ↓ as for numbers. */
	public Normalized<Figure> parse(String text, Unit columnUnit) {
		Normalized<Quantity> plain = numbers.parse(text, columnUnit);
		String s = CellText.name(text);
		if (plain instanceof Normalized.Value<Quantity> v) {
			return plausibleUnit(v.value().unit()) ? Normalized.value(new Figure("", v.value()), v.warnings())
					: Normalized.value(new Figure(s, null));
		}
		if (!(plain instanceof Normalized.Invalid<Quantity>)) {
			return plain.map(q -> new Figure("", q));
		}
		int digit = firstDigit(s);
		if (digit < 0) {
			return Normalized.value(new Figure(s, null));
		}
		int start = digit;
		while (start > 0 && SIGNS.indexOf(s.charAt(start - 1)) >= 0) {
			start--;
		}
		for (String approx : new String[] { "約", "およそ", "概ね" }) {
			if (s.startsWith(approx, start - approx.length())) {
				start -= approx.length();
				break;
			}
		}
		String label = LABEL_END.matcher(s.substring(0, start)).replaceAll("");
		Normalized<Quantity> figure = numbers.parse(s.substring(start), columnUnit);
		if (figure instanceof Normalized.Value<Quantity> v && plausibleUnit(v.value().unit())) {
			return Normalized.value(new Figure(label, v.value()), v.warnings());
		}
		return Normalized.value(new Figure(s, null));
	}

	/** 「8月までに」「令和9年3月までに」「12月まで」「12月まで\nに公表」: a deadline, with an optional era year. */
	private static final Pattern DEADLINE = Pattern.compile("(?:(令和|平成)(\\d{1,2}|元)年)?(\\d{1,2})月(?:末)?\\s?まで(?:\\s?に)?");

	/** One figure among several: sign, 約, digits, a short unit, a bound; era years and fractions are not figures. */
	private static final Pattern ONE_OF_SEVERAL = Pattern.compile("(?<![0-9/.,])(?<!令和|平成)"
			+ "((?:約)?[△▲\\-−]?[0-9][0-9,]*(?:\\.[0-9]+)?)(?![0-9/]|年|月)"
			+ "(%|[\\p{IsHan}\\p{IsKatakana}ー]{1,3})?(以上|以下|未満|超)?");

	/**
	 * A target cell that {@link #parse} keeps as prose because it states more than one figure or a deadline:
	 * 「知っている91.0％ 内容も把握30.0％」 gives two labelled figures, 「・常勤医師11人 ・病床149床 ・利用率72.5％」
	 * three, 「公表時期 8月までに」 the month it falls in within the fiscal year (令和7年度 → 2025年8月, 2月 →
	 * 2026年2月) as YYYYMM with unit 「年月」 and bound ≤; 「令和7年度+40件」 the one figure beside an era year.
	 * Empty when the cell is prose after all (a fraction 「6/6」, words only, an unreadable figure).
	 */
	public List<Figure> parseAll(String text, Unit columnUnit, int fiscalYear) {
		if (text == null) {
			return List.of();
		}
		String s = CellText.nfkc(text).replaceAll("\\s+", " ").strip();
		Matcher deadline = DEADLINE.matcher(s);
		if (deadline.find()) {
			int month = Integer.parseInt(deadline.group(3));
			if (month < 1 || month > 12) {
				return List.of();
			}
			int year;
			if (deadline.group(1) != null) {
				int eraYear = deadline.group(2).equals("元") ? 1 : Integer.parseInt(deadline.group(2));
				year = Era.fromName(deadline.group(1)).orElseThrow().toGregorian(eraYear);
			}
			else {
				year = month >= 4 ? fiscalYear : fiscalYear + 1;
			}
			String label = (s.substring(0, deadline.start()) + " " + s.substring(deadline.end())).replaceAll("\\s+", " ").strip();
			return List.of(new Figure(label, new Quantity(BigDecimal.valueOf(year * 100L + month), "年月", Comparator.LE,
					false)));
		}
		if (s.matches(".*[0-9]\\s*/\\s*[0-9].*")) {
			return List.of();
		}
		List<Figure> found = new ArrayList<>();
		Matcher m = ONE_OF_SEVERAL.matcher(s);
		int labelStart = 0;
		while (m.find()) {
			String label = s.substring(labelStart, m.start()).replaceAll("^[\\s・、,:：)]+|[\\s・、,:：(]+$", "");
			Normalized<Quantity> figure = numbers.parse(m.group(), columnUnit);
			if (!(figure instanceof Normalized.Value<Quantity> v) || !plausibleUnit(v.value().unit())) {
				return List.of();
			}
			found.add(new Figure(label, v.value()));
			labelStart = m.end();
		}
		return List.copyOf(found);
	}

	private static int firstDigit(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
				return i;
			}
		}
		return -1;
	}

	/** A unit is a short word (件, 名, 事業者, %, 千円); hiragana or brackets mean the sentence goes on. */
	private static boolean plausibleUnit(String unit) {
		return unit == null || (UNIT.matcher(unit).matches() && !DATE_UNITS.contains(unit));
	}

}
