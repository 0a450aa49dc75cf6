package jp.reform.survey.consolidate;

import jp.reform.survey.normalize.Comparator;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * Which way a KPI is good: from the target's bound (「以下」「未満」 — lower is better; 「以上」「超」 —
 * higher), else higher. A KPI whose target reads 「残業時間 10時間以下」 improves as it falls.
 */
public enum KpiDirection {

	HIGHER, LOWER;

	public static KpiDirection of(SourcedValue target) {
		boolean ceiling = target != null
				&& Comparator.fromSymbol(target.comparator()).filter(Comparator::isUpperBound).isPresent();
		return ceiling ? LOWER : HIGHER;
	}

}
