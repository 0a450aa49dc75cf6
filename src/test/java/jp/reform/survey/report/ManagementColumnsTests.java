package jp.reform.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.consolidate.Consolidator;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.store.PlanPeriod;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 推進項目管理表's item table has the columns of what the plan states: the published ones for Iizuka's
 * workbook, 達成度・実施内容・実績・計画 for a plan that reports in prose and rates (Ogori), none per year for a
 * plan that states nothing per year.
 */
class ManagementColumnsTests {

	private final ManagementPages pages = new ManagementPages(new JapaneseFormats());

	@Test
	void iizukasWorkbookKeepsThePublishedColumns() {
		PlanSummary plan = ReportFixtures.plan(List.of(ReportFixtures.item(1, 1, "窓口の電子化", "総務課", "a.xlsx",
				new String[] { "検討", "実施" }, new long[] { 100, 200 }, new long[] { 50, 250 }, new String[] { "10", "20" })));
		ManagementPage page = pages.of(plan, "").get(0);
		ManagementPage.Columns columns = page.columns();
		assertThat(columns.years()).extracting(ManagementPage.Column::heading).containsExactly("進捗");
		assertThat(columns.kpi()).isTrue();
		assertThat(columns.kpiYears()).extracting(ManagementPage.Column::heading).containsExactly("成果状況");
		assertThat(page.progress()).as("effect amounts: the 進捗管理 table, and no 達成度 column").isNotEmpty();
		ManagementPage.Item item = page.items().get(0);
		assertThat(item.kpiName()).isEqualTo("加入率（%）");
		assertThat(item.years()).extracting(ManagementPage.Year::year).containsExactly("令和元年度", "令和2年度");
		assertThat(item.years().get(1).cells()).extracting(ValueView::text).containsExactly("実施");
		assertThat(item.years().get(1).kpiCells()).extracting(ValueView::text).containsExactly("20");
		assertThat(item.years().get(1).kpiCells().get(0).source().cell()).isEqualTo("G15");
	}

	@Test
	void aPlanReportingInProseAndRatesShowsThem() {
		PlanSummary plan = ogoriPlan();
		ManagementPage page = pages.of(plan, "").get(0);
		ManagementPage.Columns columns = page.columns();
		assertThat(columns.activities()).isFalse();
		assertThat(columns.years()).extracting(ManagementPage.Column::heading)
			.containsExactly("達成度", "実施内容・実績", "計画");
		assertThat(columns.years()).extracting(ManagementPage.Column::style).containsExactly("num", "prose", "prose");
		assertThat(columns.kpi()).isFalse();
		assertThat(columns.kpiYears()).isEmpty();
		assertThat(page.progress()).isEmpty();
		List<ManagementPage.Year> years = page.items().get(0).years();
		assertThat(years.get(0).cells()).extracting(ValueView::text)
			.containsExactly("100%", "○実施計画を策定した。", "－");
		assertThat(years.get(1).cells()).extracting(ValueView::text).containsExactly("－", "－", "○予算編成に反映する。");
		assertThat(years.get(0).cells().get(1).source().cell()).isEqualTo("E5");
	}

	/** A plan like Ogori's: a 達成度 and the year's 実施内容・実績 for 2022, the 計画 for 2023; no amounts, no KPI. */
	private static PlanSummary ogoriPlan() {
		List<SourcedValue> values = new ArrayList<>();
		values.add(new SourcedValue(Field.RATE, 2022, new BigDecimal("100"), null, "%", null, false, "100%", "Ⅰ", "H5"));
		values.add(new SourcedValue(Field.RESULT_TEXT, 2022, null, "○実施計画を策定した。", null, null, false,
				"○実施計画を策定した。", "Ⅰ", "E5"));
		values.add(new SourcedValue(Field.PLAN_TEXT, 2023, null, "○予算編成に反映する。", null, null, false,
				"○予算編成に反映する。", "Ⅰ", "F5"));
		CurrentItem item = new CurrentItem(1, "行動計画", 1, "Ⅰ", "実施項目", 1, "①", "実施項目", 1, "普通建設事業の展開",
				"財政課", List.of("財政課"), null, null, "ogori.xlsx", LocalDateTime.of(2023, 5, 1, 0, 0), values);
		PlanSummary plan = new Consolidator()
			.consolidate(List.of(item), List.of(new PlanPeriod("行動計画", 2022, 2023, 2022)))
			.get(0);
		return plan;
	}

	/** The columns reach report.pdf: Ogori's 管理表 page, and a cover that names only the parts the PDF has. */
	@Test
	void reportPdfShowsThePlansOwnColumnsAndNamesOnlyItsParts(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("report.pdf");
		new HtmlSummaryWriter(null).writePdf(new ReportData(List.of(ogoriPlan()), List.of(), List.of(),
				LocalDateTime.of(2023, 6, 1, 9, 0), List.of(), null), file);
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			PDFTextStripper text = new PDFTextStripper();
			text.setStartPage(1);
			text.setEndPage(1);
			assertThat(text.getText(pdf)).contains("内容: 推進項目管理表（中分類ごと）／見直し候補").doesNotContain("推進項目の一覧");
			text.setStartPage(2);
			text.setEndPage(2);
			assertThat(text.getText(pdf)).contains("達成度", "実施内容・実績", "計画", "○実施計画を策定した。", "100%",
					"○予算編成に反映する。").doesNotContain("実施スケジュール", "成果状況");
		}
	}

	@Test
	void aPlanStatingNothingPerYearHasNoYearRows() {
		List<SourcedValue> values = List.of(new SourcedValue(Field.ACTIVITIES, null, null, "窓口を一つにする。", null, null,
				false, "窓口を一つにする。", "Ⅰ", "C4"));
		CurrentItem item = new CurrentItem(1, "計画", 1, "Ⅰ", "改革", 1, "①", "窓口", 1, "窓口の統合", "市民課",
				List.of("市民課"), null, null, "a.xlsx", LocalDateTime.of(2023, 5, 1, 0, 0), values);
		PlanSummary plan = new Consolidator().consolidate(List.of(item), List.of(new PlanPeriod("計画", 2022, 2023, 2022)))
			.get(0);
		ManagementPage page = pages.of(plan, "").get(0);
		assertThat(page.columns().yearly()).isFalse();
		assertThat(page.columns().activities()).isTrue();
		assertThat(page.columns().kpi()).isFalse();
		assertThat(page.items().get(0).years()).isEmpty();
		assertThat(page.items().get(0).activities().text()).isEqualTo("窓口を一つにする。");
	}


	/** A plan like Annaka's: a 計画 and a 数値目標 per year, the target named only in the 目標: no 成果指標 column. */
	@Test
	void aPlanWithTargetsButNoKpiNameHasNoKpiNameColumn() {
		List<SourcedValue> values = List.of(
				new SourcedValue(Field.PLAN_TEXT, 2025, null, "タウンミーティングを実施する。", null, null, false,
						"タウンミーティングを実施する。", "1-②-2", "D12"),
				new SourcedValue(Field.KPI_TARGET, 2025, null, "各地区14地区", null, null, false, "各地区14地区", "1-②-2", "E12"));
		CurrentItem item = new CurrentItem(1, "大綱", 1, "1", "市民ニーズ", 1, "②", "把握", 2, "市民ニーズの収集と対応", "秘書課",
				List.of("秘書課"), null, null, "annaka.xlsx", LocalDateTime.of(2025, 5, 1, 0, 0), values);
		PlanSummary plan = new Consolidator().consolidate(List.of(item), List.of(new PlanPeriod("大綱", 2025, 2026, 2025)))
			.get(0);
		ManagementPage.Columns columns = pages.of(plan, "").get(0).columns();
		assertThat(columns.years()).extracting(ManagementPage.Column::heading).containsExactly("計画");
		assertThat(columns.kpi()).isFalse();
		assertThat(columns.kpiYears()).extracting(ManagementPage.Column::heading).containsExactly("数値目標");
		ManagementPage.Year first = pages.of(plan, "").get(0).items().get(0).years().get(0);
		assertThat(first.kpiCells()).extracting(ValueView::text).containsExactly("各地区14地区");
	}

}
