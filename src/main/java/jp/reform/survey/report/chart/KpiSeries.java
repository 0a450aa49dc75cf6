package jp.reform.survey.report.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One item's 成果指標 over the plan's years: actual (成果状況) and target (数値目標) per year, null where
 * nothing was entered. The three lists run in parallel.
 */
public record KpiSeries(String name, String unit, List<Integer> years, List<BigDecimal> actuals,
		List<BigDecimal> targets) {

	public KpiSeries {
		years = List.copyOf(years);
		// Copies that keep nulls (no value that year), unlike List.copyOf.
		actuals = Collections.unmodifiableList(new ArrayList<>(actuals));
		targets = Collections.unmodifiableList(new ArrayList<>(targets));
	}

	/** Worth drawing: at least two years with a figure. */
	public boolean drawable() {
		return actuals.stream().filter(Objects::nonNull).count() >= 2;
	}

	public boolean hasTargets() {
		return targets.stream().anyMatch(Objects::nonNull);
	}

}
