package jp.reform.survey.report;

import static jp.reform.survey.report.ReportFixtures.item;
import static jp.reform.survey.report.ReportFixtures.plan;
import static jp.reform.survey.report.ReportFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.store.StoredFinding;
import jp.reform.survey.store.SubmissionPlan;
import jp.reform.survey.vocabulary.SubmissionStatus;
import jp.reform.survey.vocabulary.Severity;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * summary.html from a hand-made consolidation, read with jsoup: department text stays text, the file is
 * self-contained, a missing department shows as 未提出, the feedback link appears once its page exists,
 * and a re-submission's changes are listed with their source cell.
 */
class SummaryHtmlTest {

	private static final String HOSTILE = "<img src=x onerror=alert(1)>推進課";

	@TempDir
	Path output;

	private final CurrentItem hostile = item(1, 1, "加入促進 <b>太字</b>", HOSTILE, "a.xlsx",
			new String[] { "実施", "実施" }, new long[] { 100, 100 }, new long[] { 50, -20 }, new String[] { "57.4", "56.7" });

	private final CurrentItem missing = item(2, 2, "防災組織", "防災安全課", "b.xlsx", new String[] { "検討", "検討" },
			new long[] { 0, 0 }, new long[] { 0, 0 }, new String[] { null, null });

	@Test
	void departmentTextStaysTextAndNothingIsFetched() throws Exception {
		Document doc = write(null);

		assertThat(doc.select("img, script[src], link[href], iframe, object, embed")).isEmpty();
		assertThat(doc.select("[src], [href^=http]")).isEmpty();
		assertThat(doc.select("[onerror]")).isEmpty();
		assertThat(doc.select("table.items .lead").first().text()).isEqualTo(HOSTILE);
		assertThat(doc.select("table.items .item-name").first().text()).isEqualTo("加入促進 <b>太字</b>");
		assertThat(doc.select("style")).hasSize(1);
		assertThat(doc.select("script")).hasSize(1);
	}

	@Test
	void negativesShowAsTriangleAndYearsInWarekiWithGregorianOnHover() throws Exception {
		Document doc = write(null);

		assertThat(doc.select("table.summary tr[data-sub=total][data-kind=actual] td.num").eachText())
			.containsExactly("50", "△20", "30");
		Element year = doc.select("table.summary thead tr").get(1).child(0);
		assertThat(year.text()).isEqualTo("令和元年度");
		assertThat(year.attr("title")).isEqualTo("2019年度（2019年4月～2020年3月）");
	}

	@Test
	void aMissingDepartmentIsNotYetAndFeedbackIsLinkedOnceItsPageExists() throws Exception {
		feedback = List.of(new FeedbackLink(null, "防災安全課", "feedback/%E9%98%B2%E7%81%BD%E5%AE%89%E5%85%A8%E8%AA%B2.html",
				"取込済", false, 0, 0));

		Document doc = write(null);

		Element bousai = doc.selectFirst("table.department-status tr[data-department=防災安全課]");
		assertThat(bousai.attr("data-state")).isEqualTo("not-yet");
		assertThat(bousai.selectFirst("a.feedback").attr("href"))
			.isEqualTo("feedback/%E9%98%B2%E7%81%BD%E5%AE%89%E5%85%A8%E8%AA%B2.html");
		Element first = doc.selectFirst("table.department-status tr[data-department=" + "\"" + HOSTILE + "\"]");
		assertThat(first.attr("data-state")).isEqualTo("submitted");
		assertThat(first.select("a.feedback")).isEmpty();
	}

	@Test
	void listsWhatChangedSinceThePreviousRunWithTheSourceOfEachNewValue() throws Exception {
		CurrentItem was = item(1, 1, "加入促進 <b>太字</b>", HOSTILE, "a.xlsx", new String[] { "実施", "実施" },
				new long[] { 100, 100 }, new long[] { 50, 10 }, new String[] { "57.4", "56.7" });
		Document doc = write(new PreviousReport(1, LocalDateTime.of(2024, 6, 1, 9, 0), List.of(plan(List.of(was, missing)))));

		Element changes = doc.getElementById("changes");
		assertThat(changes.text()).contains("前回の集計（2024年6月1日 09:00）", "新たに取り込んだ提出（1件）", "b.xlsx");
		assertThat(changes.select("table.figure-changes tr.headline-change").eachText())
			.contains("効果額 実績（計、千円） 60 30 △30");
		Element changed = changes.selectFirst("table.item-changes tbody tr");
		assertThat(changed.text()).isEqualTo("Ⅰ-①-1 加入促進 <b>太字</b> 令和2年度 効果額（千円） 10 △20");
		assertThat(changed.selectFirst(".v").attr("title")).isEqualTo("出典: a.xlsx ／ シート「Ⅰ-①-1」 ／ セル E15 ／ 記入: -20");
	}

	@Test
	void aDepartmentWithErrorsLinksToItsFindingsWhenItHasNoFeedbackPage() throws Exception {
		Document doc = write(null, SubmissionStatus.PARTIALLY_LOADED,
				List.of(new StoredFinding(1, "a.xlsx", Severity.ERROR, "Ⅰ-①-1", "D15", "金額として読めません: 約", "千円単位の金額")));

		Element row = doc.selectFirst("table.department-status tr[data-state=with-errors]");
		assertThat(row.attr("data-department")).isEqualTo(HOSTILE);
		String href = row.selectFirst("a.feedback").attr("href");
		assertThat(href).startsWith("#findings-a.xlsx-");
		Element target = doc.getElementById(href.substring(1));
		assertThat(target).isNotNull();
		assertThat(target.text()).contains("D15", "金額として読めません");
	}

	/**
	 * One order of departments on the whole page — the plan's (where each first leads an item), then others
	 * — in the department status, the 所管課 filter, 提出ファイル and 各課へのフィードバック, whatever order the store
	 * and the feedback writer gave them in (they used to follow three different orders).
	 */
	@Test
	void everyListOnThePageNamesTheDepartmentsInThePlansOrder() throws Exception {
		List<CurrentItem> items = List.of(
				item(1, 1, "防災組織", "防災安全課", "c.xlsx", new String[] { "実施", "実施" }, new long[] { 0, 0 },
						new long[] { 0, 0 }, new String[] { null, null }),
				item(2, 2, "まちづくり", "まちづくり推進課", "a.xlsx", new String[] { "実施", "実施" }, new long[] { 0, 0 },
						new long[] { 0, 0 }, new String[] { null, null }),
				item(3, 3, "市税", "税務課", "b.xlsx", new String[] { "実施", "実施" }, new long[] { 0, 0 },
						new long[] { 0, 0 }, new String[] { null, null }));
		ReportData data = new ReportData(List.of(plan(items)),
				List.of(submission(1, "a.xlsx", "まちづくり推進課", SubmissionStatus.LOADED, 1),
						submission(2, "b.xlsx", "税務課", SubmissionStatus.LOADED, 1),
						submission(3, "c.xlsx", "防災安全課", SubmissionStatus.LOADED, 1),
						submission(4, "memo.xlsx", "企画課", SubmissionStatus.LOADED, 1)),
				List.of(), LocalDateTime.of(2024, 6, 2, 9, 0),
				List.of(new SubmissionPlan(1, ReportFixtures.PLAN, 2020), new SubmissionPlan(2, ReportFixtures.PLAN, 2020),
						new SubmissionPlan(3, ReportFixtures.PLAN, 2020), new SubmissionPlan(4, ReportFixtures.PLAN, 2020)),
				null);
		List<FeedbackLink> pages = List.of(
				new FeedbackLink(null, "税務課", "feedback/b.html", "取込済", false, 0, 0),
				new FeedbackLink(null, "まちづくり推進課", "feedback/a.html", "取込済", false, 0, 0),
				new FeedbackLink(null, "防災安全課", "feedback/c.html", "取込済", false, 0, 0));
		new ReportWriter(null).write(data, output, pages, null);
		Document doc = Jsoup.parse(Files.readString(output.resolve(ReportWriter.SUMMARY), StandardCharsets.UTF_8));

		List<String> planOrder = List.of("防災安全課", "まちづくり推進課", "税務課");
		assertThat(doc.select("table.department-status tbody tr").eachAttr("data-department")).isEqualTo(planOrder);
		// the filter also names the departments that share items (the fixture's 関係課), after the leads
		assertThat(doc.select("select[data-filter=departments] option[value~=.]").eachText())
			.containsExactly("防災安全課", "まちづくり推進課", "税務課", "関係課");
		assertThat(doc.select("table.submissions tbody tr").stream().map(r -> r.child(0).text()).toList())
			.containsExactly("防災安全課", "まちづくり推進課", "税務課", "企画課");
		assertThat(doc.select("table.feedback tbody tr").stream().map(r -> r.child(0).text()).toList())
			.isEqualTo(planOrder);
	}

	/** The feedback pages the feedback writer reported this run; none unless a test says so. */
	private List<FeedbackLink> feedback = List.of();

	private Document write(PreviousReport previous) throws Exception {
		return write(previous, SubmissionStatus.LOADED, List.of());
	}

	private Document write(PreviousReport previous, SubmissionStatus first, List<StoredFinding> findings)
			throws Exception {
		ReportData data = new ReportData(List.of(plan(List.of(hostile, missing))),
				List.of(submission(1, "a.xlsx", HOSTILE, first, 1),
						submission(2, "b.xlsx", "防災安全課", SubmissionStatus.LOADED, 2)),
				findings, LocalDateTime.of(2024, 6, 2, 9, 0),
				List.of(new SubmissionPlan(1, ReportFixtures.PLAN, 2020), new SubmissionPlan(2, ReportFixtures.PLAN, 2019)),
				previous);
		new ReportWriter(null).write(data, output, feedback, null);
		return Jsoup.parse(Files.readString(output.resolve(ReportWriter.SUMMARY), StandardCharsets.UTF_8));
	}

}
