package jp.reform.survey.consolidate;

import java.util.Optional;

import jp.reform.survey.normalize.Comparator;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * Which way a KPI is good: from the target's bound (「以下」「未満」 — lower is better; 「以上」「超」 —
 * higher), else from the layout's profile (its {@code kpiLowerIsBetter} words, stored with the item as
 * {@link Field#KPI_DIRECTION}), else higher. A KPI whose target reads 「残業時間 10時間以下」 improves as it falls.
 */
public enum KpiDirection {

	HIGHER, LOWER;

	/** @param item the item the target belongs to (its profile's word on the KPI), or null */
	public static KpiDirection of(CurrentItem item, SourcedValue target) {
		Optional<Comparator> bound = target == null ? Optional.empty() : Comparator.fromSymbol(target.comparator())
			.filter(c -> c != Comparator.EQ);
		if (bound.isPresent()) {
			return bound.get().isUpperBound() ? LOWER : HIGHER;
		}
		boolean byProfile = item != null && item.formValue(Field.KPI_DIRECTION)
			.filter(v -> Field.LOWER_IS_BETTER.equals(v.text()))
			.isPresent();
		return byProfile ? LOWER : HIGHER;
	}

}
