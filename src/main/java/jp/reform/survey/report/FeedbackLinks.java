package jp.reform.survey.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links from the summary to each department's feedback page under {@code feedback/}, as the feedback
 * writer produced them this run. A department without a page is linked to its entry in the summary's
 * own 「各課への確認事項」 instead.
 */
public final class FeedbackLinks {

	/** Who a page is for: a plan's department, the plan null when the inbox holds one plan. */
	private record Recipient(String plan, String department) {
	}

	private final Map<Recipient, FeedbackLink> byRecipient = new LinkedHashMap<>();

	public FeedbackLinks(List<FeedbackLink> links) {
		links.forEach(link -> byRecipient.putIfAbsent(new Recipient(link.plan(), link.department()), link));
	}

	/** Whether the department of this plan has a page. */
	public boolean exists(String plan, String department) {
		return link(plan, department) != null;
	}

	/** The relative, URL-encoded link to the page of this plan's department; only meaningful where {@link #exists}. */
	public String href(String plan, String department) {
		FeedbackLink link = link(plan, department);
		return link == null ? "" : link.href();
	}

	/** Whether the pages are per plan and department (the inbox holds several plans): the list then shows the plan. */
	public boolean byPlan() {
		return byRecipient.keySet().stream().anyMatch(recipient -> recipient.plan() != null);
	}

	/** The page of this plan's department, or of the department when pages are not per plan. */
	private FeedbackLink link(String plan, String department) {
		FeedbackLink own = byRecipient.get(new Recipient(plan, department));
		return own != null ? own : byRecipient.get(new Recipient(null, department));
	}

	/**
	 * The pages of one plan's departments (all when pages are not per plan), linked from a page
	 * {@code up} below the output folder ("../" for {@code plans/}).
	 */
	FeedbackLinks forPlan(String plan, String up) {
		return new FeedbackLinks(byRecipient.values()
			.stream()
			.filter(link -> link.plan() == null || link.plan().equals(plan))
			.map(link -> new FeedbackLink(link.plan(), link.department(), up + link.href(), link.status(),
					link.hasErrors(), link.errors(), link.warnings()))
			.toList());
	}

	/** The same pages, listed by plan and then in the page's department order. */
	FeedbackLinks sorted(java.util.Comparator<String> departmentOrder) {
		return new FeedbackLinks(byRecipient.values()
			.stream()
			.sorted(java.util.Comparator.comparing((FeedbackLink link) -> link.plan() == null ? "" : link.plan())
				.thenComparing(FeedbackLink::department, departmentOrder))
			.toList());
	}

	/** Every page, in the order the feedback writer listed them. */
	public List<FeedbackLink> all() {
		return List.copyOf(byRecipient.values());
	}

	/**
	 * The id of a submission's entry in the summary's own 「各課への確認事項」 (the fallback link target):
	 * its file name and submission time, since a corrected file may come back under the same name.
	 */
	public String anchor(String fileName, String submittedAt) {
		return ("findings-" + fileName + "-" + submittedAt).replaceAll("\\s+", "_");
	}

}
