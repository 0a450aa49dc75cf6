package jp.reform.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.store.Submission;
import jp.reform.survey.store.SubmissionPlan;
import jp.reform.survey.vocabulary.SubmissionStatus;

import org.junit.jupiter.api.Test;

/** Which submissions the summary lists as 差し替え済み: replaced whole, by the same department, for the same report. */
class ReplacementsTests {

	private static final String[] NONE = { null, null };

	private static final long[] ZERO = { 0, 0 };

	@Test
	void aDepartmentsOlderWorkbookWhoseItemsAllCountFromItsNewerOneIsReplacedByIt() {
		Submission first = submission(1, "総務課", 10, 1);
		Submission corrected = submission(2, "総務課", 20, 1);
		Replacements replacements = Replacements.of(data(List.of(first, corrected), List.of(item(1, 2))));

		assertThat(replacements.of(first)).contains(corrected);
		assertThat(replacements.of(corrected)).isEmpty();
		assertThat(replacements.count(List.of(first, corrected))).isEqualTo(1);
	}

	@Test
	void aWorkbookThatStillSuppliesAnItemIsNotReplaced() {
		// the newer workbook answers for one of the two items only
		Submission first = submission(1, "総務課", 10, 2);
		Submission partial = submission(2, "総務課", 20, 1);
		Replacements replacements = Replacements.of(data(List.of(first, partial), List.of(item(1, 2), item(2, 1))));

		assertThat(replacements.of(first)).isEmpty();
	}

	@Test
	void lastYearsReportAnotherDepartmentAndARejectedFileAreNotReplaced() {
		Submission lastYear = submission(1, "総務課", 5, 1);
		Submission thisYear = submission(2, "総務課", 20, 1);
		Submission otherDepartment = submission(3, "税務課", 10, 1);
		Submission rejected = new Submission(4, "総務課_壊れ.xlsx", "/inbox/x", "f4", 10, at(1), at(11), "総務課",
				SubmissionStatus.REJECTED, 0, 1L);
		List<SubmissionPlan> plans = List.of(new SubmissionPlan(1, ReportFixtures.PLAN, 2019),
				new SubmissionPlan(2, ReportFixtures.PLAN, 2020), new SubmissionPlan(3, ReportFixtures.PLAN, 2020),
				new SubmissionPlan(4, ReportFixtures.PLAN, 2020));
		ReportData data = new ReportData(List.of(ReportFixtures.plan(List.of(item(1, 2), item(2, 2)))),
				List.of(lastYear, thisYear, otherDepartment, rejected), List.of(), LocalDateTime.now(), plans, null);
		Replacements replacements = Replacements.of(data);

		assertThat(List.of(lastYear, thisYear, otherDepartment, rejected)).allSatisfy(
				s -> assertThat(replacements.of(s)).as(s.fileName()).isEmpty());
	}

	private static ReportData data(List<Submission> submissions, List<CurrentItem> items) {
		List<SubmissionPlan> plans = submissions.stream()
			.map(s -> new SubmissionPlan(s.id(), ReportFixtures.PLAN, 2020))
			.toList();
		return new ReportData(List.of(ReportFixtures.plan(items)), submissions, List.of(), LocalDateTime.now(), plans,
				null);
	}

	private static Submission submission(long id, String department, int day, int items) {
		return new Submission(id, "R2_" + department + "_" + id + ".xlsx", "/inbox/" + id, "f" + id, 1000, at(day),
				at(day), department, SubmissionStatus.LOADED, items, 1L);
	}

	private static LocalDateTime at(int day) {
		return LocalDateTime.of(2024, 5, day, 9, 0);
	}

	/** Item {@code no} as submission {@code submission} stated it. */
	private static CurrentItem item(int no, long submission) {
		CurrentItem i = ReportFixtures.item(no, no, "項目" + no, "総務課", "f.xlsx", NONE, ZERO, ZERO, NONE);
		return new CurrentItem(i.itemId(), i.planName(), i.categoryOrdinal(), i.categoryCode(), i.categoryName(),
				i.subcategoryOrdinal(), i.subcategoryCode(), i.subcategoryName(), i.itemNo(), i.name(),
				i.leadDepartment(), i.departments(), i.kpiName(), i.kpiUnit(), i.fileName(), i.submittedAt(), i.values(),
				i.variant(), submission);
	}

}
