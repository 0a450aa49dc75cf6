package jp.reform.survey.report;

import static jp.reform.survey.report.ReportFixtures.item;
import static jp.reform.survey.report.ReportFixtures.plan;
import static jp.reform.survey.report.ReportFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.report.ChangeSummary.FigureChange;
import jp.reform.survey.report.ChangeSummary.ItemChange;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.store.Submission;
import jp.reform.survey.vocabulary.SubmissionStatus;

import org.junit.jupiter.api.Test;

class ChangeDetectorTest {

	private final ChangeDetector detector = new ChangeDetector(new JapaneseFormats());

	private final CurrentItem before = item(1, 1, "自治会への加入促進", "まちづくり推進課", "old.xlsx",
			new String[] { "検討", "検討" }, new long[] { 100, 100 }, new long[] { 50, 60 }, new String[] { "57.4", "56.7" });

	private final CurrentItem corrected = item(1, 1, "自治会への加入促進", "まちづくり推進課", "new.xlsx",
			new String[] { "検討", "実施" }, new long[] { 100, 100 }, new long[] { 50, 160 }, new String[] { "57.4", "56.9" });

	private final CurrentItem added = item(2, 2, "防災組織の支援", "防災安全課", "bousai.xlsx", new String[] { "実施", "実施" },
			new long[] { 0, 0 }, new long[] { 0, 0 }, new String[] { null, null });

	private final Submission old = submission(1, "old.xlsx", "まちづくり推進課", SubmissionStatus.LOADED, 1);

	private final Submission resent = submission(2, "new.xlsx", "まちづくり推進課", SubmissionStatus.LOADED, 2);

	private final Submission bousai = submission(3, "bousai.xlsx", "防災安全課", SubmissionStatus.LOADED, 2);

	@Test
	void aFirstRunHasNothingToCompareWithAndListsWhatItLoaded() {
		ChangeSummary changes = detector.detect(data(List.of(before), List.of(old), null));

		assertThat(changes.firstRun()).isTrue();
		assertThat(changes.newSubmissions()).containsExactly(old);
		assertThat(changes.plans()).isEmpty();
	}

	@Test
	void anUnchangedRerunReportsNoChange() {
		PlanSummary now = plan(List.of(before));
		ChangeSummary changes = detector.detect(new ReportData(List.of(now), List.of(old), List.of(),
				LocalDateTime.now(), List.of(), new PreviousReport(1, LocalDateTime.of(2024, 6, 1, 9, 0), List.of(now))));

		assertThat(changes.firstRun()).isFalse();
		assertThat(changes.previousAt()).isEqualTo("2024年6月1日 09:00");
		assertThat(changes.nothingChanged()).isTrue();
	}

	@Test
	void aResubmissionShowsItsNewFileTheChangedFiguresAndTheChangedCells() {
		PreviousReport previous = new PreviousReport(1, LocalDateTime.of(2024, 6, 1, 9, 0), List.of(plan(List.of(before))));
		ChangeSummary changes = detector.detect(data(List.of(corrected, added), List.of(old, resent, bousai), previous));

		assertThat(changes.newSubmissions()).containsExactly(resent, bousai);
		ChangeSummary.PlanChanges plan = changes.plans().get(0);
		assertThat(plan.headline()).contains(new FigureChange("効果額 実績（計、千円）", "110", "210", "＋100"),
				new FigureChange("実施項目数", "1", "2", "＋1"), new FigureChange("実施済みの項目数", "0", "2", "＋2"));
		assertThat(plan.figures()).contains(new FigureChange("Ⅰ① まちづくり 令和2年度 実績", "60", "160", "＋100"));
		assertThat(plan.items()).extracting(ItemChange::code, ItemChange::what, ItemChange::before, ItemChange::after)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Ⅰ-①-1", "令和2年度 進捗", "検討", "実施"),
					org.assertj.core.groups.Tuple.tuple("Ⅰ-①-1", "令和2年度 効果額（千円）", "60", "160"),
					org.assertj.core.groups.Tuple.tuple("Ⅰ-①-1", "令和2年度 成果状況", "56.7", "56.9"),
					org.assertj.core.groups.Tuple.tuple("Ⅰ-①-2", "実施項目の追加", "－", "追加（bousai.xlsx）"));
		ItemChange effect = plan.items().get(1);
		assertThat(effect.source()).isEqualTo(new SourceRef("new.xlsx", "Ⅰ-①-1", "E15", "160"));
	}

	private static ReportData data(List<CurrentItem> items, List<Submission> submissions, PreviousReport previous) {
		return new ReportData(List.of(plan(items)), submissions, List.of(), LocalDateTime.now(), List.of(), previous);
	}

}
