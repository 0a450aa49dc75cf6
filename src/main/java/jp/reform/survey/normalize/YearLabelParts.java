package jp.reform.survey.normalize;

/**
 * A compacted year label split into its era as written (null when none) and its year number (元,
 * up to four digits, or kanji digits): the regex {@code ^(?:FY)?(明治|大正|昭和|平成|令和|[MTSHR])?
 * (元|\d{1,4}|[〇一二三四五六七八九十]+)(?:年度|年)?$}, matched by a scan because every year cell of
 * every table is read through it.
 */
record YearLabelParts(String era, String number) {

	private static final String[] ERA_NAMES = { "明治", "大正", "昭和", "平成", "令和" };

	private static final String ERA_LETTERS = "MTSHR";

	/** The parts of the label, or null when the text is not shaped like one. */
	static YearLabelParts of(String s) {
		int i = s.startsWith("FY") ? 2 : 0;
		String era = null;
		for (String name : ERA_NAMES) {
			if (s.startsWith(name, i)) {
				era = name;
			}
		}
		if (era == null && i < s.length() && ERA_LETTERS.indexOf(s.charAt(i)) >= 0) {
			era = s.substring(i, i + 1);
		}
		int from = era == null ? i : i + era.length();
		int to = from;
		if (to < s.length() && s.charAt(to) == '元') {
			to++;
		}
		else {
			while (to < s.length() && s.charAt(to) >= '0' && s.charAt(to) <= '9') {
				to++;
			}
			if (to - from > 4) {
				return null;
			}
			if (to == from) {
				while (to < s.length() && (KanjiNumerals.DIGITS.indexOf(s.charAt(to)) >= 0 || s.charAt(to) == '十')) {
					to++;
				}
			}
		}
		if (to == from) {
			return null;
		}
		int rest = s.length() - to;
		boolean suffix = rest == 0 || (rest == 1 && s.charAt(to) == '年') || (rest == 2 && s.startsWith("年度", to));
		return suffix ? new YearLabelParts(era, s.substring(from, to)) : null;
	}

}
