package jp.reform.survey.consolidate;

import jp.reform.survey.normalize.Comparator;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * A KPI target against its actual in one year: met, missed, awaiting its result, or not comparable
 * (prose, or different units). The bound decides what meeting means: 「1名以上」 is met by 1, 「10時間以下」
 * by 10 or less, 「22.0％」 without a bound by 22.0 or more — its direction is higher is better.
 */
public enum KpiVerdict {

	MET("達成"), MISSED("未達成"), AWAITING("実績待ち"), NOT_COMPARABLE("－");

	private final String label;

	KpiVerdict(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** @param item the item both belong to, for the direction its profile gives its KPI; or null */
	public static KpiVerdict of(CurrentItem item, SourcedValue target, SourcedValue actual) {
		if (target == null || target.number() == null) {
			return NOT_COMPARABLE;
		}
		if (actual == null || (actual.number() == null && (actual.text() == null || actual.text().isBlank()))) {
			return AWAITING;
		}
		if (actual.number() == null || (target.unit() != null && actual.unit() != null
				&& !target.unit().equals(actual.unit()))) {
			return NOT_COMPARABLE;
		}
		int c = actual.number().compareTo(target.number());
		boolean met = switch (Comparator.fromSymbol(target.comparator()).orElse(Comparator.EQ)) {
			case LT -> c < 0;
			case GT -> c > 0;
			default -> KpiDirection.of(item, target) == KpiDirection.LOWER ? c <= 0 : c >= 0;
		};
		return met ? MET : MISSED;
	}

}
