package jp.reform.survey.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import java.util.Map;
import java.util.stream.Collectors;

import jp.reform.survey.store.FormDistribution;
import jp.reform.survey.store.FormDistributions;
import jp.reform.survey.store.FormReturn;
import jp.reform.survey.store.Submission;

/**
 * Every department that was sent a form: returned, not yet, or returned with errors, and when. A
 * return is the department's newest submission of that very form (its hidden metadata names the
 * survey year); a workbook not made by this product counts when dated on or after the form was made.
 */
public record FormTracking(String department, String planName, String surveyYear, String sentAt, String state,
		boolean returned, boolean hasErrors, String returnedAt, String fileName) {

	static List<FormTracking> of(FormDistributions forms, List<Submission> submissions, JapaneseFormats fmt) {
		Map<Long, Integer> formYears = forms.returns()
			.stream()
			.collect(Collectors.toMap(FormReturn::submissionId, FormReturn::surveyYear));
		return forms.sent().stream().map(form -> track(form, submissions, formYears, fmt)).toList();
	}

	private static FormTracking track(FormDistribution form, List<Submission> submissions, Map<Long, Integer> formYears,
			JapaneseFormats fmt) {
		Optional<Submission> returned = submissions.stream()
			.filter(s -> form.department().equals(s.departmentName()) && s.submittedAt() != null)
			.filter(s -> formYears.containsKey(s.id()) ? formYears.get(s.id()) == form.surveyYear()
					: !s.submittedAt().toLocalDate().isBefore(form.generatedAt().toLocalDate()))
			.max(Comparator.comparing(Submission::submittedAt));
		String year = fmt.wareki(form.surveyYear());
		String sent = fmt.dateTime(form.generatedAt());
		if (returned.isEmpty()) {
			return new FormTracking(form.department(), form.planName(), year, sent, "○ 未提出", false, false, "－", "");
		}
		Submission s = returned.get();
		boolean errors = s.status().hasErrors();
		return new FormTracking(form.department(), form.planName(), year, sent, errors ? "✕ 提出済（エラーあり）" : "● 提出済",
				true, errors, fmt.dateTime(s.submittedAt()), s.fileName());
	}

}
