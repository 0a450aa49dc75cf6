package jp.reform.survey.report;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.store.CurrentItem;

/**
 * The one order departments appear in on a page, in every table and list: the plan's own order (each
 * 所管課 where it first leads an item, then where it first shares one, in plan order), then any other
 * department (one that sent a file but leads no item, say) by the Japanese collation of its name, and last
 * the stand-ins for a department nobody named (the feedback's 所管課不明, the file list's （不明）).
 */
final class DepartmentOrder implements Comparator<String> {

	private static final java.util.Set<String> UNKNOWN = java.util.Set.of(FeedbackLink.UNKNOWN_DEPARTMENT,
			SubmissionView.UNKNOWN_DEPARTMENT);

	private final Map<String, Integer> rank = new HashMap<>();

	private final Collator collator = Collator.getInstance(Locale.JAPANESE);

	DepartmentOrder(List<PlanSummary> plans) {
		plans.forEach(plan -> plan.items().forEach(item -> rank.putIfAbsent(item.leadDepartment(), rank.size())));
		plans.forEach(plan -> plan.items()
			.stream()
			.map(CurrentItem::departments)
			.forEach(names -> names.forEach(name -> rank.putIfAbsent(name, rank.size()))));
	}

	@Override
	public int compare(String a, String b) {
		Integer ra = a == null ? null : rank.get(a);
		Integer rb = b == null ? null : rank.get(b);
		if (ra != null && rb != null) {
			return Integer.compare(ra, rb);
		}
		if (ra != null || rb != null) {
			return ra != null ? -1 : 1;
		}
		boolean ua = UNKNOWN.contains(a);
		boolean ub = UNKNOWN.contains(b);
		if (ua != ub) {
			return ua ? 1 : -1;
		}
		return collator.compare(a == null ? "" : a, b == null ? "" : b);
	}

}
