package jp.reform.survey.report;

import java.util.List;

/**
 * 「実績と計画」: per item its 達成度, what it reported for the results year, the plan → actual figures its
 * sentences state, and what it plans for the years after. Shown for plans that report results in prose
 * (Ogori's cards) rather than in money.
 *
 * @param fiscalYear the results year, or null when no item reports a result yet
 */
public record ResultsView(Integer fiscalYear, List<Row> rows) {

	public record Row(ItemView item, ValueView result, List<ItemDetail.StatedPair> pairs, List<Dated> plans) {
	}

	public record Dated(int fiscalYear, ValueView value) {
	}

}
