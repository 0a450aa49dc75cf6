package jp.reform.survey.consolidate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The plan's 達成度 in its latest year that has any: every item's rate (or 未記入), the count per band and
 * the average of the rates present (half-up to two decimals).
 *
 * @param fiscalYear the year the rates belong to, or null when the plan carries no 達成度
 */
public record AchievementSummary(Integer fiscalYear, List<Achievement> items, BigDecimal average) {

	/** A plan without 達成度. */
	public static final AchievementSummary NONE = new AchievementSummary(null, List.of(), null);

	public AchievementSummary {
		items = List.copyOf(items);
	}

	static AchievementSummary of(Integer fiscalYear, List<Achievement> items) {
		List<BigDecimal> rates = items.stream().map(Achievement::rate).filter(Objects::nonNull).toList();
		BigDecimal average = rates.isEmpty() ? null
				: rates.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(rates.size()), 2, RoundingMode.HALF_UP);
		return new AchievementSummary(fiscalYear, items, average);
	}

	public boolean present() {
		return fiscalYear != null;
	}

	public long count(Achievement.Band band) {
		return items.stream().filter(a -> a.band() == band).count();
	}

	public List<Achievement.Band> bands() {
		return List.of(Achievement.Band.values());
	}

	public boolean anyComputed() {
		return items.stream().anyMatch(Achievement::computed);
	}

}
