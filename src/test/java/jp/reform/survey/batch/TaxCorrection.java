package jp.reform.survey.batch;

import java.util.List;

import jp.reform.survey.fixture.Plan;
import jp.reform.survey.fixture.SurveyItem;
import jp.reform.survey.fixture.YearRow;

/**
 * 税務課's items of the sample plan with one figure corrected: 令和5年度 効果額 of Ⅲ-②-7 (50,205 千円 in
 * the published report), as a department's resubmission would carry it.
 */
final class TaxCorrection {

	static final String TAX = "税務課";

	private TaxCorrection() {
	}

	static List<SurveyItem> withActual2023(Plan plan, long actual) {
		return plan.items()
			.stream()
			.filter(item -> item.lead().equals(TAX))
			.map(item -> item.sheetName().equals("Ⅲ-②-7") ? new SurveyItem(item.subcategory(), item.no(),
					item.departments(), item.name(), item.indicator(), item.content(),
					item.years().stream().map(y -> y.fiscalYear() == 2023 ? withActual(y, actual) : y).toList()) : item)
			.toList();
	}

	private static YearRow withActual(YearRow y, long actual) {
		return new YearRow(y.label(), y.fiscalYear(), y.schedule(), y.progress(), String.format("%,d", actual),
				y.target(), actual, y.note());
	}

}
