package jp.reform.survey.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.review.ReviewRules;

/** 見直し候補 of some plans as the reports show them: the rules' candidates in the office's wording. */
final class ReviewReport {

	private final JapaneseFormats formats = new JapaneseFormats();

	private final Path templateDir;

	private final ReviewRules rules;

	ReviewReport(Path templateDir, ReviewRules rules) {
		this.templateDir = templateDir;
		this.rules = rules;
	}

	/** One view per plan, in the order of {@code plans} (the anchors follow the plans' order on one page). */
	List<ReviewView> of(List<PlanSummary> plans) throws IOException {
		return new ReviewViews(formats, ReviewWording.load(templateDir)).of(plans, rules.review(plans));
	}

}
