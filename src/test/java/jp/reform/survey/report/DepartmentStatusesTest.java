package jp.reform.survey.report;

import static jp.reform.survey.report.ReportFixtures.item;
import static jp.reform.survey.report.ReportFixtures.plan;
import static jp.reform.survey.report.ReportFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.store.StoredFinding;
import jp.reform.survey.store.SubmissionPlan;
import jp.reform.survey.vocabulary.SubmissionStatus;
import jp.reform.survey.vocabulary.Severity;

import org.junit.jupiter.api.Test;

/** Expected departments are the items' lead departments; each is 提出済, エラーあり or 未提出 for the report year. */
class DepartmentStatusesTest {

	private final PlanSummary plan = plan(List.of(
			item(1, 1, "A", "まちづくり推進課", "a.xlsx", new String[] { "実施", "実施" }, new long[] { 0, 0 },
					new long[] { 10, 20 }, new String[] { null, null }),
			item(2, 2, "B", "防災安全課", "b.xlsx", new String[] { "検討", null }, new long[] { 5, 5 }, new long[] { 1, 1 },
					new String[] { null, null }),
			item(3, 3, "C", "税務課", "c.xlsx", new String[] { "実施", "実施" }, new long[] { 0, 0 }, new long[] { 0, 0 },
					new String[] { null, null })));

	@Test
	void eachLeadDepartmentIsSubmittedWithErrorsOrNotYet() {
		ReportData data = new ReportData(List.of(plan),
				List.of(submission(1, "a.xlsx", "まちづくり推進課", SubmissionStatus.LOADED, 1),
						submission(2, "b.xlsx", "防災安全課", SubmissionStatus.PARTIALLY_LOADED, 1),
						// 税務課 sent last year's report only.
						submission(3, "c.xlsx", "税務課", SubmissionStatus.LOADED, 1)),
				List.of(new StoredFinding(2, "b.xlsx", Severity.ERROR, "Ⅰ-①-2", "D15", "読めません", "数値"),
						new StoredFinding(2, "b.xlsx", Severity.WARNING, "Ⅰ-①-2", "F15", "概算です", null)),
				LocalDateTime.now(), List.of(new SubmissionPlan(1, ReportFixtures.PLAN, 2020),
						new SubmissionPlan(2, ReportFixtures.PLAN, 2020), new SubmissionPlan(3, ReportFixtures.PLAN, 2019)),
				null);

		List<DepartmentStatus> statuses = new DepartmentStatuses((p, d) -> d.equals("防災安全課")).of(plan, data);

		assertThat(statuses).extracting(DepartmentStatus::department, DepartmentStatus::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("まちづくり推進課", DepartmentStatus.State.SUBMITTED),
					org.assertj.core.groups.Tuple.tuple("防災安全課", DepartmentStatus.State.WITH_ERRORS),
					org.assertj.core.groups.Tuple.tuple("税務課", DepartmentStatus.State.NOT_YET));
		DepartmentStatus machizukuri = statuses.get(0);
		assertThat(machizukuri.items()).isEqualTo(1);
		assertThat(machizukuri.implemented()).isEqualTo(1);
		assertThat(machizukuri.effectActual()).isEqualByComparingTo("30");
		DepartmentStatus bousai = statuses.get(1);
		assertThat(bousai.errors()).isEqualTo(1);
		assertThat(bousai.warnings()).isEqualTo(1);
		assertThat(bousai.implemented()).isZero();
		assertThat(bousai.feedbackFile()).isTrue();
		DepartmentStatus zeimu = statuses.get(2);
		assertThat(zeimu.latest()).isNull();
		assertThat(zeimu.lastReportYear()).isEqualTo(2019);
	}

	@Test
	void departmentsWhoseItemsCameInTheOfficesOneWorkbookHaveAnsweredThroughIt() {
		// Ogori's layout: the office sends one workbook carrying every department's items.
		PlanSummary onePlan = plan(List.of(
				item(1, 1, "A", "まちづくり推進課", "plan.xlsx", new String[] { "実施", "実施" }, new long[] { 0, 0 },
						new long[] { 10, 20 }, new String[] { null, null }),
				item(2, 2, "B", "防災安全課", "plan.xlsx", new String[] { "検討", null }, new long[] { 5, 5 },
						new long[] { 1, 1 }, new String[] { null, null }),
				item(3, 3, "C", "税務課", "c.xlsx", new String[] { "実施", "実施" }, new long[] { 0, 0 },
						new long[] { 0, 0 }, new String[] { null, null })));
		ReportData data = new ReportData(List.of(onePlan),
				List.of(submission(1, "plan.xlsx", "企画課", SubmissionStatus.LOADED, 2),
						submission(3, "c.xlsx", "税務課", SubmissionStatus.LOADED, 1)),
				// one warning on 防災安全課's sheet: counted for it alone, not for every department of the file
				List.of(new StoredFinding(1, "plan.xlsx", Severity.WARNING, "Ⅰ-①-2", "F15", "概算です", null)),
				LocalDateTime.now(), List.of(new SubmissionPlan(1, ReportFixtures.PLAN, 2020),
						new SubmissionPlan(3, ReportFixtures.PLAN, 2019)),
				null);

		List<DepartmentStatus> statuses = new DepartmentStatuses((p, d) -> false).of(onePlan, data);

		assertThat(statuses).extracting(DepartmentStatus::department, DepartmentStatus::state,
				DepartmentStatus::submittedBy)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("まちづくり推進課", DepartmentStatus.State.SUBMITTED, "企画課"),
					org.assertj.core.groups.Tuple.tuple("防災安全課", DepartmentStatus.State.SUBMITTED, "企画課"),
					// its only file is last year's: still not submitted for this report year
					org.assertj.core.groups.Tuple.tuple("税務課", DepartmentStatus.State.NOT_YET, null));
		assertThat(statuses.get(0).latest().fileName()).isEqualTo("plan.xlsx");
		assertThat(statuses).extracting(DepartmentStatus::warnings).containsExactly(0L, 1L, 0L);
	}

}
