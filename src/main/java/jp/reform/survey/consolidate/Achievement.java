package jp.reform.survey.consolidate;

import java.math.BigDecimal;

import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * One item's 達成度 in the plan's achievement year: as entered (Ogori's 年度計画達成度), or worked out
 * from its KPI target and actual when the workbook gives both but no rate.
 *
 * @param rate percent, or null when the item has none that year (未記入)
 * @param computed whether the rate was worked out rather than entered
 * @param source the entered rate's cell, or the actual's when computed; null when none
 */
public record Achievement(CurrentItem item, BigDecimal rate, boolean computed, SourcedValue source) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal HALF = BigDecimal.valueOf(50);

	/** full (100 % or more), middle (50–99 %), low (under 50 %) or missing. */
	public Band band() {
		if (rate == null) {
			return Band.MISSING;
		}
		return rate.compareTo(HUNDRED) >= 0 ? Band.FULL : rate.compareTo(HALF) >= 0 ? Band.MIDDLE : Band.LOW;
	}

	/** The headline's groups of 達成度. */
	public enum Band {

		FULL("100%以上"), MIDDLE("50〜99%"), LOW("50%未満"), MISSING("未記入");

		private final String label;

		Band(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
