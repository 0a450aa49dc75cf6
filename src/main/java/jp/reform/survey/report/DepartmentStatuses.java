package jp.reform.survey.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import jp.reform.survey.consolidate.ItemProgress;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.normalize.StatusWords;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.store.StoredFinding;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.store.Submission;
import jp.reform.survey.store.SubmissionPlan;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.Severity;

/**
 * Which departments a plan expects to hear from and whether they have: the expected ones are the lead
 * departments (first 所管課) of the plan's items known in the store, in plan order. A department has
 * submitted when a file of its own for the plan's report year was loaded; the newest such file decides
 * whether it is 提出済 or エラーあり (an item sheet held back, or the file rejected). A department without a
 * file of its own whose items came in another department's file (one workbook for the whole plan) has
 * answered through that file.
 */
final class DepartmentStatuses {

	private final BiPredicate<String, String> feedbackExists;

	private final ItemProgress progress = new ItemProgress(new StatusWords());

	/** @param feedbackExists whether the feedback page of a plan's department exists beside the summary */
	DepartmentStatuses(BiPredicate<String, String> feedbackExists) {
		this.feedbackExists = feedbackExists;
	}

	List<DepartmentStatus> of(PlanSummary plan, ReportData data) {
		Map<Long, SubmissionPlan> plans = data.submissionPlans()
			.stream()
			.collect(Collectors.toMap(SubmissionPlan::submissionId, p -> p));
		Map<String, List<CurrentItem>> byLead = new LinkedHashMap<>();
		plan.items().forEach(i -> byLead.computeIfAbsent(i.leadDepartment(), k -> new ArrayList<>()).add(i));
		List<DepartmentStatus> statuses = new ArrayList<>();
		byLead.forEach((department, items) -> {
			List<Submission> own = data.submissions()
				.stream()
				.filter(s -> department.equals(s.departmentName()))
				.filter(s -> plans.containsKey(s.id()) && plan.planName().equals(plans.get(s.id()).planName()))
				.toList();
			Integer lastReportYear = own.stream()
				.map(s -> plans.get(s.id()).reportYear())
				.filter(Objects::nonNull)
				.max(Integer::compare)
				.orElse(null);
			Submission latest = newestForReportYear(plan, plans, own);
			String submittedBy = null;
			if (latest == null) {
				// A workbook sent by the office (or another department) may carry this department's items too,
				// as Ogori's one workbook covers every 所管課: then the department has answered through it.
				Set<String> files = items.stream().map(CurrentItem::fileName).collect(Collectors.toSet());
				latest = newestForReportYear(plan, plans, data.submissions()
					.stream()
					.filter(s -> files.contains(s.fileName()))
					.filter(s -> plans.containsKey(s.id()) && plan.planName().equals(plans.get(s.id()).planName()))
					.toList());
				submittedBy = latest == null ? null : Objects.requireNonNullElse(latest.departmentName(), "");
			}
			// In a file shared by several departments, each answers for the findings on its own items' sheets only.
			Set<String> ownSheets = submittedBy == null ? null : items.stream()
				.flatMap(i -> i.values().stream())
				.map(SourcedValue::sheet)
				.filter(Objects::nonNull)
				.collect(Collectors.toSet());
			long errors = latest == null ? 0 : count(data.findings(), latest, Severity.ERROR, ownSheets);
			long warnings = latest == null ? 0 : count(data.findings(), latest, Severity.WARNING, ownSheets);
			boolean withErrors = latest != null && (ownSheets == null ? latest.status().hasErrors() : errors > 0);
			DepartmentStatus.State state = latest == null ? DepartmentStatus.State.NOT_YET
					: withErrors ? DepartmentStatus.State.WITH_ERRORS : DepartmentStatus.State.SUBMITTED;
			int implemented = (int) items.stream().filter(i -> implemented(plan, i)).count();
			statuses.add(new DepartmentStatus(department, state, latest, lastReportYear, errors, warnings, items.size(),
					implemented, sum(items, Field.EFFECT_TARGET), sum(items, Field.EFFECT_ACTUAL),
					feedbackExists.test(plan.planName(), department), submittedBy));
		});
		return statuses;
	}

	private static Submission newestForReportYear(PlanSummary plan, Map<Long, SubmissionPlan> plans,
			List<Submission> submissions) {
		return submissions.stream()
			.filter(s -> plan.reportYear() == null
					|| Objects.equals(plans.get(s.id()).reportYear(), plan.reportYear()))
			.max(Comparator.comparing(Submission::submittedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(Submission::id))
			.orElse(null);
	}

	private boolean implemented(PlanSummary plan, CurrentItem item) {
		return progress.implementedAtEnd(item, plan.years());
	}

	/** @param sheets only the findings on these sheets; all of the submission's when null */
	private static long count(List<StoredFinding> findings, Submission submission, Severity severity,
			Set<String> sheets) {
		return findings.stream()
			.filter(f -> f.submissionId() == submission.id() && f.severity() == severity)
			.filter(f -> sheets == null || sheets.contains(f.sheet()))
			.count();
	}

	private static BigDecimal sum(List<CurrentItem> items, Field field) {
		return items.stream()
			.flatMap(i -> i.values().stream())
			.filter(v -> field.equals(v.field()))
			.map(SourcedValue::number)
			.filter(Objects::nonNull)
			.reduce(BigDecimal::add)
			.orElse(null);
	}

}
