package jp.reform.survey.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import jp.reform.survey.batch.Poppler;
import jp.reform.survey.consolidate.Consolidator;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.review.ReviewProperties;
import jp.reform.survey.review.ReviewRules;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.store.PlanPeriod;
import jp.reform.survey.store.RunOutcome;
import jp.reform.survey.store.RunRecord;
import jp.reform.survey.store.RunTrigger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs are written aside and moved into place only when all are complete: a failure leaves the
 * previous reports whole, and a staging folder left by a killed run is cleared by the next one.
 */
class ReportWriterTests {

	private static final LocalDateTime NOW = LocalDateTime.of(2025, 6, 2, 2, 0);

	@TempDir
	Path work;

	@Test
	void aFailureWhileWritingLeavesThePreviousReportsWholeAndNoStagingBehind() throws IOException {
		Path output = work.resolve("out");
		new ReportWriter(null).write(data(List.of()), output);
		Map<String, String> previous = contents(output);
		Path broken = Files.createDirectories(work.resolve("broken-templates"));
		Files.writeString(broken.resolve("summary.ftlh"), "${noSuchValue.either}");

		assertThatThrownBy(() -> new ReportWriter(broken).write(data(List.of()), output)).isInstanceOf(IOException.class)
			.hasMessageContaining("summary.ftlh");

		assertThat(contents(output)).isEqualTo(previous);
		assertThat(children(output)).containsExactlyInAnyOrder("consolidated.xlsx", "csv", "report.pdf", "summary.html");
	}

	@Test
	void aStagingFolderLeftByAKilledRunIsClearedByTheNextRun() throws IOException {
		Path output = Files.createDirectories(work.resolve("out"));
		Path leftover = Files.createDirectories(output.resolve(".staging-1234567890"));
		Files.writeString(leftover.resolve("summary.html"), "half written");

		new ReportWriter(null).write(data(List.of()), output);

		assertThat(children(output)).containsExactlyInAnyOrder("consolidated.xlsx", "csv", "report.pdf", "summary.html");
	}

	@Test
	void withThePdfSwitchedOffNoReportPdfIsWrittenAndAnEarlierOneIsRemoved() throws IOException {
		Path output = work.resolve("out");
		new ReportWriter(null).write(data(List.of()), output);
		assertThat(output.resolve(ReportWriter.PDF)).isRegularFile();

		ReportWriter withoutPdf = new ReportWriter(null, new ReviewRules(ReviewProperties.defaults()), false);
		withoutPdf.write(data(List.of()), output);

		assertThat(children(output)).containsExactlyInAnyOrder("consolidated.xlsx", "csv", "summary.html");
		assertThat(withoutPdf.files()).doesNotContain(ReportWriter.PDF).contains(ReportWriter.SUMMARY);
	}

	@Test
	void theSummaryShowsTheRunHistoryInItsOwnSection() throws IOException {
		Path output = work.resolve("out");
		List<RunRecord> runs = List.of(
				new RunRecord(3, NOW, null, "batch-1（PID 10）", RunTrigger.SCHEDULE, false, 0, 0, 0, 0, 0, 0,
						RunOutcome.RUNNING, null),
				new RunRecord(2, NOW.minusDays(1), NOW.minusDays(1).plusSeconds(75), "batch-1（PID 9）",
						RunTrigger.COMMAND, true, 25, 4, 20, 1, 0, 0, RunOutcome.COMPLETED_WITH_REJECTIONS, "不受理あり"),
				new RunRecord(1, NOW.minusDays(2), null, "batch-2（PID 8）", RunTrigger.ON_DEMAND, false, 0, 0, 0, 0, 0, 0,
						RunOutcome.INTERRUPTED, "途中で停止しました"));

		new ReportWriter(null).write(data(runs), output);

		String html = Files.readString(output.resolve(ReportWriter.SUMMARY));
		assertThat(html).as("nothing of the template's own comments leaks onto the page").startsWith("<!DOCTYPE html>");
		String section = html.substring(html.indexOf("<section id=\"run-history\">"), html.indexOf("</section>",
				html.indexOf("<section id=\"run-history\">")));
		assertThat(section).contains("実行履歴", "2025年6月2日 02:00", "定期実行", "この集計（実行中）", "1 分 15 秒",
				"完了（不受理・一部保留あり）（前回の続きから再開）", "不受理あり", "随時実行", "中断（途中で停止）", "batch-2（PID 8）");
		assertThat(section.indexOf("この集計")).as("newest first").isLessThan(section.indexOf("中断"));

		new ReportWriter(null).write(new ReportData(List.of(), List.of(), List.of(), NOW), output);
		assertThat(Files.readString(output.resolve(ReportWriter.SUMMARY))).doesNotContain("id=\"run-history\"");
	}

	@Test
	void withSeveralPlansEachPlansReportPdfIsBesideItsPageAndAnUnchangedRerunOnlyRenewsThePages() throws IOException {
		Path output = work.resolve("out");
		ReportWriter writer = new ReportWriter(null);
		writer.write(data(List.of()), output);
		assertThat(output.resolve(ReportWriter.PDF)).as("one plan: report.pdf as ever").isRegularFile();

		writer.write(twoPlans(), output, List.of(), "5ca1ab1e");

		assertThat(children(output.resolve(ReportWriter.PLANS))).containsExactlyInAnyOrder("東町計画.html", "東町計画.pdf",
				"西町計画.html", "西町計画.pdf");
		assertThat(output.resolve(ReportWriter.PDF)).as("no PDF of one plan left from the earlier run").doesNotExist();
		assertThat(Poppler.text(output.resolve("plans/西町計画.pdf"), 1)).contains("西町計画").doesNotContain("東町計画");
		assertThat(Files.readString(output.resolve(ReportWriter.SUMMARY)))
			.contains("href=\"plans/%E8%A5%BF%E7%94%BA%E8%A8%88%E7%94%BB.pdf\"");

		Path pdf = output.resolve("plans/東町計画.pdf");
		long written = Files.getLastModifiedTime(pdf).toMillis();
		assertThat(writer.refresh(output, "5ca1ab1e", NOW.plusDays(1), NOW, List.of()))
			.as("the same store: only the run blocks of the pages are renewed").isTrue();
		assertThat(Files.getLastModifiedTime(pdf).toMillis()).isEqualTo(written);
		Files.delete(pdf);
		assertThat(writer.refresh(output, "5ca1ab1e", NOW.plusDays(1), NOW, List.of()))
			.as("a plan's PDF missing: everything is written again").isFalse();
	}

	/** Two towns' plans of the same items. */
	private static ReportData twoPlans() {
		List<CurrentItem> items = new ArrayList<>();
		for (String plan : List.of("西町計画", "東町計画")) {
			CurrentItem item = ReportFixtures.item(items.size() + 1, 1, "窓口の電子化", "総務課", plan + ".xlsx",
					new String[] { "実施", "実施" }, new long[] { 100, 200 }, new long[] { 120, 180 },
					new String[] { null, null });
			items.add(new CurrentItem(item.itemId(), plan, item.categoryOrdinal(), item.categoryCode(),
					item.categoryName(), item.subcategoryOrdinal(), item.subcategoryCode(), item.subcategoryName(),
					item.itemNo(), item.name(), item.leadDepartment(), item.departments(), item.kpiName(), item.kpiUnit(),
					item.fileName(), item.submittedAt(), item.values()));
		}
		List<PlanSummary> plans = new Consolidator().consolidate(items,
				List.of(new PlanPeriod("西町計画", 2019, 2020, 2020), new PlanPeriod("東町計画", 2019, 2020, 2020)));
		return new ReportData(plans, List.of(), List.of(), NOW, List.of(), null, List.of());
	}

	private static ReportData data(List<RunRecord> runs) {
		return new ReportData(List.of(), List.of(), List.of(), NOW, List.of(), null, runs);
	}

	private static Map<String, String> contents(Path dir) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				files.put(dir.relativize(file).toString(), java.util.Arrays.toString(Files.readAllBytes(file)));
			}
		}
		return files;
	}

	private static List<String> children(Path dir) throws IOException {
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.map(p -> p.getFileName().toString()).toList();
		}
	}

}
