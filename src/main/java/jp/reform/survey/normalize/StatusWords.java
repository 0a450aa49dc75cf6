package jp.reform.survey.normalize;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The status vocabulary of 実施スケジュール / 進捗 columns. Stateless. */
public final class StatusWords {

	public static final String IMPLEMENTED = "実施";
	public static final String CONSIDERED_AND_IMPLEMENTED = "検討・実施";
	public static final String COMPLETED = "完了";
	public static final String CONSIDERED = "検討";
	public static final String NOT_STARTED = "未着手";
	public static final String CANCELLED = "中止";
	public static final String POSTPONED = "延期";

	/** The canonical words in the order a drop-down list offers them. */
	public static final java.util.List<String> CANONICAL = java.util.List.of(IMPLEMENTED, CONSIDERED_AND_IMPLEMENTED,
			COMPLETED, CONSIDERED, NOT_STARTED, CANCELLED, POSTPONED);

	/** 検討/実施, 検討･実施, 検討、実施 are all written for 検討・実施. */
	private static final Pattern SEPARATOR = Pattern.compile("[・/、,]");

	private static final Map<String, Status> KNOWN = Map.ofEntries(
			Map.entry("実施", implemented(IMPLEMENTED)),
			Map.entry("実施中", implemented(IMPLEMENTED)),
			Map.entry("実施済", implemented(IMPLEMENTED)),
			Map.entry("実施済み", implemented(IMPLEMENTED)),
			Map.entry("検討・実施", implemented(CONSIDERED_AND_IMPLEMENTED)),
			Map.entry("検討・実施済", implemented(CONSIDERED_AND_IMPLEMENTED)),
			Map.entry("検討・実施済み", implemented(CONSIDERED_AND_IMPLEMENTED)),
			Map.entry("完了", implemented(COMPLETED)),
			Map.entry("完了済", implemented(COMPLETED)),
			Map.entry("済", implemented(COMPLETED)),
			Map.entry("済み", implemented(COMPLETED)),
			Map.entry("終了", implemented(COMPLETED)),
			Map.entry("検討", notImplemented(CONSIDERED)),
			Map.entry("検討中", notImplemented(CONSIDERED)),
			Map.entry("未着手", notImplemented(NOT_STARTED)),
			Map.entry("中止", notImplemented(CANCELLED)),
			Map.entry("延期", notImplemented(POSTPONED)));

	/** A known word; ↓/〃 → same as above; blank or a dash → no value; other text kept with a warning. */
	public Normalized<Status> parse(String text) {
		String s = CellText.compact(text);
		if (CellText.isSameAsAbove(s)) {
			return Normalized.sameAsAbove();
		}
		if (CellText.isNoValue(s)) {
			return Normalized.noValue();
		}
		Status known = KNOWN.get(hasSeparator(s) ? SEPARATOR.matcher(s).replaceAll("・") : s);
		if (known != null) {
			return Normalized.value(known);
		}
		String kept = CellText.forMessage(text);
		return Normalized.value(notImplemented(kept), List.of("進捗の語句として判別できません（文字のまま残します）: " + kept));
	}

	/** A separator other than 「・」 itself (replacing 「・」 by 「・」 changes nothing). */
	private static boolean hasSeparator(String s) {
		return s.indexOf('/') >= 0 || s.indexOf('、') >= 0 || s.indexOf(',') >= 0;
	}

	private static Status implemented(String canonical) {
		return new Status(canonical, true);
	}

	private static Status notImplemented(String canonical) {
		return new Status(canonical, false);
	}
}
