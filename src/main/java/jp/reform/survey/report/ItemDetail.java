package jp.reform.survey.report;

import java.util.List;

/**
 * Everything an item carries, as its 内訳 shows it: the texts of its form part, a year table with a column
 * for each year field its plan uses (and only those), and the figures stated in its prose.
 *
 * @param columns the year table's headers, with units (効果額（千円）)
 * @param rows one per plan year with any value; cells run parallel to {@code columns}
 * @param activityYears the plan years, when the item has activities (Iizuka's plan card)
 * @param activities the item's own activities, each with its planned action and 実施状況 per year
 */
public record ItemDetail(List<Labelled> texts, List<String> columns, List<Row> rows, List<StatedPair> pairs,
		List<Integer> activityYears, List<Activity> activities) {

	/**
	 * One activity (取り組みの項目) and, parallel to {@code activityYears}, what it plans and how far it got.
	 *
	 * @param hasResults whether any year has a 実施状況
	 */
	public record Activity(ValueView name, List<ValueView> plans, List<ValueView> results, boolean hasResults) {
	}

	/** A form value with what the office calls it. */
	public record Labelled(String label, ValueView value) {
	}

	public record Row(int fiscalYear, List<ValueView> cells) {
	}

	/**
	 * A plan → actual statement of one sentence: 寄附金額8億円との計画に対し、実績は5.59億円.
	 *
	 * @param actuals one or more (「実績は17社、8,685,800円」)
	 */
	public record StatedPair(int fiscalYear, String sentence, ValueView target, List<ValueView> actuals) {
	}

}
