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

	private final Map<String, FeedbackLink> byDepartment = new LinkedHashMap<>();

	public FeedbackLinks(List<FeedbackLink> links) {
		links.forEach(link -> byDepartment.putIfAbsent(link.department(), link));
	}

	public boolean exists(String department) {
		return byDepartment.containsKey(department);
	}

	/** The relative, URL-encoded link to the department's page; only meaningful where {@link #exists}. */
	public String href(String department) {
		FeedbackLink link = byDepartment.get(department);
		return link == null ? "" : link.href();
	}

	/** Every page, in the order the feedback writer listed them. */
	public List<FeedbackLink> all() {
		return List.copyOf(byDepartment.values());
	}

	/**
	 * The id of a submission's entry in the summary's own 「各課への確認事項」 (the fallback link target):
	 * its file name and submission time, since a corrected file may come back under the same name.
	 */
	public String anchor(String fileName, String submittedAt) {
		return ("findings-" + fileName + "-" + submittedAt).replaceAll("\\s+", "_");
	}

}
