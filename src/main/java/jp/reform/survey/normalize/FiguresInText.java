package jp.reform.survey.normalize;

import java.util.Set;
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
