package jp.reform.survey.forms;

import java.util.Optional;

import jp.reform.survey.normalize.FiscalYears;
import jp.reform.survey.store.FormDistributionRepository;
import jp.reform.survey.survey.FormMetadata;

import org.springframework.stereotype.Component;

/**
 * A returned form must be the one last sent to its department for its plan: last year's form filled
 * in again would otherwise overwrite this year's figures.
 */
@Component
public class FormYearCheck {

	private final FormDistributionRepository distributions;

	private final FiscalYears fiscalYears = new FiscalYears();

	public FormYearCheck(FormDistributionRepository distributions) {
		this.distributions = distributions;
	}

	/** Why the form is not accepted, or empty when it is the expected one (or was never distributed). */
	public Optional<String> problem(FormMetadata form) {
		if (form == null || form.planName() == null || form.department() == null) {
			return Optional.empty();
		}
		return distributions.latestSurveyYear(form.planName(), form.department())
			.filter(expected -> expected != form.surveyYear())
			.map(expected -> "この調査票は" + fiscalYears.label(form.surveyYear()) + "用です。" + form.department() + "には"
					+ fiscalYears.label(expected) + "用の調査票を配布しています。最新の調査票に記入して提出してください。");
	}

}
