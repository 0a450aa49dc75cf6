package jp.reform.survey.report;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.store.Submission;
import jp.reform.survey.store.SubmissionPlan;

/**
 * The submissions a department has replaced: loaded, but every item they carried now counts from a newer
 * submission of the same department for the same plan and report year (a corrected workbook sent again).
 * The summary lists them as 差し替え済み and leaves them out of its count of files, so a re-submission
 * does not read as one file more.
 */
final class Replacements {

	private static final Comparator<Submission> NEWEST_LAST = Comparator
		.comparing(Submission::submittedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Submission::id);

	private final Map<Long, Submission> replacedBy;

	private Replacements(Map<Long, Submission> replacedBy) {
		this.replacedBy = replacedBy;
	}

	static Replacements of(ReportData data) {
		Set<Long> current = data.plans()
			.stream()
			.flatMap(plan -> plan.items().stream())
			.map(CurrentItem::submissionId)
			.collect(Collectors.toSet());
		Map<Long, SubmissionPlan> plans = data.submissionPlans()
			.stream()
			.collect(Collectors.toMap(SubmissionPlan::submissionId, p -> p, (a, b) -> a));
		Map<List<Object>, Submission> newestHolding = new HashMap<>();
		for (Submission s : data.submissions()) {
			if (current.contains(s.id()) && s.departmentName() != null) {
				newestHolding.merge(key(s, plans), s, (a, b) -> NEWEST_LAST.compare(a, b) >= 0 ? a : b);
			}
		}
		Map<Long, Submission> replacedBy = new HashMap<>();
		for (Submission s : data.submissions()) {
			if (s.itemCount() == 0 || current.contains(s.id()) || s.departmentName() == null) {
				continue;
			}
			Submission newer = newestHolding.get(key(s, plans));
			if (newer != null && NEWEST_LAST.compare(newer, s) > 0) {
				replacedBy.put(s.id(), newer);
			}
		}
		return new Replacements(replacedBy);
	}

	/** Plan, report year and department: a department's answers for one report. */
	private static List<Object> key(Submission s, Map<Long, SubmissionPlan> plans) {
		SubmissionPlan plan = plans.get(s.id());
		return Arrays.asList(plan == null ? null : plan.planName(), plan == null ? null : plan.reportYear(),
				s.departmentName());
	}

	/** The newer submission whose items replaced all of {@code submission}'s, if any did. */
	Optional<Submission> of(Submission submission) {
		return Optional.ofNullable(replacedBy.get(submission.id()));
	}

	/** How many of {@code submissions} are replaced. */
	long count(List<Submission> submissions) {
		return submissions.stream().map(Submission::id).filter(replacedBy::containsKey).count();
	}

}
