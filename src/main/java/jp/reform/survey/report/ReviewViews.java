package jp.reform.survey.report;

import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.review.Evidence;
import jp.reform.survey.review.PlanReview;
import jp.reform.survey.review.ReviewCandidate;
import jp.reform.survey.store.CurrentItem;

/** Turns each plan's 見直し候補 into what the summary, the workbook, the csv and the PDF show. */
final class ReviewViews {

	/** The item name shown for a 中分類 judged as a whole. */
	static final String WHOLE_SUBCATEGORY = "（中分類全体）";

	private final JapaneseFormats fmt;

	private final ReviewWording wording;

	private final ValueText values;

	ReviewViews(JapaneseFormats fmt, ReviewWording wording) {
		this.fmt = fmt;
		this.values = new ValueText(fmt);
		this.wording = wording;
	}

	/** One view per plan; {@code reviews} are the reviews of {@code plans}, in the same order. */
	List<ReviewView> of(List<PlanSummary> plans, List<PlanReview> reviews) {
		List<ReviewView> views = new ArrayList<>();
		for (int p = 0; p < plans.size(); p++) {
			// the anchors of the item list (PlanViews): "" for the first plan, -2, -3 … after it
			views.add(view(plans.get(p), reviews.get(p), p == 0 ? "" : "-" + (p + 1)));
		}
		return views;
	}

	private ReviewView view(PlanSummary plan, PlanReview review, String anchor) {
		List<ReviewView.Group> groups = new ArrayList<>();
		for (PlanReview.Setting rule : review.rules()) {
			List<ReviewView.Row> rows = review.of(rule.reason()).stream().map(c -> row(plan, c, anchor)).toList();
			groups.add(new ReviewView.Group(rule.reason().name(), wording.label(rule.reason(), rule.threshold()), rows));
		}
		return new ReviewView(plan.planName(), review.latestYear() == null ? null : fmt.wareki(review.latestYear()),
				groups, review.items());
	}

	private ReviewView.Row row(PlanSummary plan, ReviewCandidate candidate, String anchor) {
		List<ReviewView.Evidence> evidence = candidate.evidence()
			.stream()
			.map(e -> new ReviewView.Evidence(fmt.wareki(e.value().fiscalYear()), e.value().fiscalYear(),
					e.value().field().isMoney() ? e.value().field().labelWithUnit() : e.value().field().label(), new ValueView(values.of(e.value()), SourceRef.of(e.file(), e.value()))))
			.toList();
		List<String> files = candidate.evidence().stream().map(Evidence::file).distinct().toList();
		CurrentItem any = candidate.any();
		String subcategory = any.categoryCode() + "-" + any.subcategoryCode();
		if (candidate.wholeSubcategory()) {
			int first = plan.items().indexOf(candidate.subcategory().get(0));
			String leads = String.join("・",
					candidate.subcategory().stream().map(CurrentItem::leadDepartment).distinct().toList());
			return new ReviewView.Row(first - 0.5, subcategory, any.categoryCode(), any.categoryName(),
					any.subcategoryCode(), any.subcategoryName(), null, WHOLE_SUBCATEGORY, leads, candidate.reason().name(),
					wording.label(candidate), wording.detail(candidate), evidence, files, null);
		}
		CurrentItem item = candidate.item();
		int position = plan.items().indexOf(item);
		return new ReviewView.Row(position, subcategory + "-" + item.itemNo(), item.categoryCode(), item.categoryName(),
				item.subcategoryCode(), item.subcategoryName(), item.itemNo(), item.name(), item.leadDepartment(),
				candidate.reason().name(), wording.label(candidate), wording.detail(candidate), evidence, files,
				"detail" + anchor + "-" + position);
	}

}
