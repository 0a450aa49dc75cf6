package jp.reform.survey.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.store.FormDistributions;
import jp.reform.survey.store.SubmissionPlan;

/**
 * With several plans (a prefecture consolidating its towns) summary.html is an index and each plan
 * has a page of its own in {@code plans/}: this splits the report's data by plan, each part being
 * what the summary writer would get for an inbox holding that plan alone.
 */
final class PlanPages {

	static final String FOLDER = "plans";

	/**
	 * One plan's page.
	 *
	 * @param path the page relative to the output folder ({@code plans/<name>.html})
	 * @param href the same as a URL-encoded link from summary.html
	 */
	record Page(PlanSummary plan, String path, String href, ReportData data) {

		/** The plan's report.pdf beside its page ({@code plans/<name>.pdf}). */
		String pdfPath() {
			return withPdf(path);
		}

		/** The same as a URL-encoded link from summary.html. */
		String pdfHref() {
			return withPdf(href);
		}

		private static String withPdf(String html) {
			return html.substring(0, html.length() - ".html".length()) + ".pdf";
		}

	}

	private PlanPages() {
	}

	/** A page per plan, in the consolidation's order; none when there is at most one plan. */
	static List<Page> of(ReportData data) {
		if (data.plans().size() < 2) {
			return List.of();
		}
		FileNames names = new FileNames();
		List<Page> pages = new ArrayList<>();
		for (PlanSummary plan : data.plans()) {
			String file = names.unique(plan.planName()) + ".html";
			pages.add(new Page(plan, FOLDER + "/" + file, FileNames.href(FOLDER, file), only(data, plan)));
		}
		return pages;
	}

	/** The submissions that belong to no plan (rejected before a plan could be read): the index lists them. */
	static Set<Long> withoutPlan(ReportData data) {
		Set<String> plans = data.plans().stream().map(PlanSummary::planName).collect(Collectors.toSet());
		Set<Long> inPlans = data.submissionPlans()
			.stream()
			.filter(sp -> sp.planName() != null && plans.contains(sp.planName()))
			.map(SubmissionPlan::submissionId)
			.collect(Collectors.toSet());
		return data.submissions()
			.stream()
			.map(s -> s.id())
			.filter(id -> !inPlans.contains(id))
			.collect(Collectors.toSet());
	}

	private static ReportData only(ReportData data, PlanSummary plan) {
		List<SubmissionPlan> own = data.submissionPlans()
			.stream()
			.filter(sp -> plan.planName().equals(sp.planName()))
			.toList();
		Set<Long> ids = own.stream().map(SubmissionPlan::submissionId).collect(Collectors.toSet());
		FormDistributions forms = new FormDistributions(
				data.forms().sent().stream().filter(f -> plan.planName().equals(f.planName())).toList(),
				data.forms().returns());
		return new ReportData(List.of(plan), data.submissions().stream().filter(s -> ids.contains(s.id())).toList(),
				data.findings().stream().filter(f -> ids.contains(f.submissionId())).toList(), data.generatedAt(), own,
				data.previous(), data.runs(), forms,
				data.priorYears().stream().filter(p -> p.planName().equals(plan.planName())).toList());
	}

}
