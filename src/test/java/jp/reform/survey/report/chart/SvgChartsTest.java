package jp.reform.survey.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.reform.survey.consolidate.CategorySummary;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.consolidate.SubcategorySummary;
import jp.reform.survey.consolidate.YearFigures;
import jp.reform.survey.report.JapaneseFormats;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The charts are well-formed SVG that needs nothing outside itself, stays readable in grayscale (no
 * colour: every fill and stroke is a grey, white, black or a hatch pattern), and never lets text entered
 * by a department become markup.
 */
class SvgChartsTest {

	private static final Pattern PAINT = Pattern.compile("(?:fill|stroke)=\"([^\"]*)\"");

	private final SvgCharts charts = new SvgCharts(new JapaneseFormats());

	private final PlanSummary plan = plan("<script>alert(1)</script> & 中分類");

	@Test
	void yearChartLabelsEveryBarAndYearInJapanese() {
		String svg = charts.yearEffects(plan, "y");
		Document doc = xml(svg);
		assertThat(texts(doc)).contains("令和元年度", "令和2年度", "381,000", "1,472,360",
				"達成率 386.45%", "目標（効果目標額）", "実績（効果額）");
		assertThat(doc.select("pattern#y-target")).hasSize(1);
		assertThat(doc.select("text title").eachText()).contains("2019年度（2019年4月～2020年3月）");
	}

	@Test
	void subcategoryChartCutsRatesAboveTheCapAndSaysWhenThereIsNoTarget() {
		Document doc = xml(charts.subcategoryAchievement(plan, "s"));
		List<String> texts = texts(doc);
		assertThat(texts).contains("1234.05%", "目標 100%", "4 / 6", "計");
		assertThat(texts).anyMatch(t -> t.startsWith("効果目標額の設定なし"));
	}

	/**
	 * Each 中分類 with a target has its 達成率 bar, as long as its rate on the 0–200 % scale (230 px), titled with
	 * its figures; one above 200 % is cut there with a break mark of two white slashes. A white figure inside
	 * a bar (91.13 %) needs the bar under it.
	 */
	@Test
	void everyRateWithATargetHasItsBar() {
		Document doc = xml(charts.subcategoryAchievement(plan, "s"));
		assertThat(rateBar(doc, "1.80%").attr("width")).isEqualTo("2.1");
		assertThat(rateBar(doc, "91.13%").attr("width")).isEqualTo("104.8");
		Element cut = rateBar(doc, "1234.05%");
		assertThat(cut.attr("width")).isEqualTo("230");
		assertThat(cut.parent().select("line[stroke=\"#fff\"]")).hasSize(2);
		assertThat(rateBar(doc, "512.39%").attr("fill")).as("the 計 row's bar is black").isEqualTo("#111");
		assertThat(doc.select("g > title").eachText())
			.contains("Ⅱ③ 歳入確保への取組: 達成率 1234.05%（目標 1,275,000 千円、実績 15,734,164 千円）");
		assertThat(doc.select("g > title").eachText()).noneMatch(t -> t.contains("市民等協働") && t.contains("達成率"));
	}

	/** The bar of the rate whose figure reads {@code label}: the group holding the figure holds the bar. */
	private static Element rateBar(Document doc, String label) {
		Element text = doc.select("text").stream().filter(t -> t.ownText().equals(label)).findFirst().orElseThrow();
		assertThat(text.parent().tagName()).as("the group of %s", label).isEqualTo("g");
		return text.parent().selectFirst("rect");
	}

	/**
	 * A figure beside its bar (図2's rates, 図1's amounts) keeps gridlines off its digits with a white, outlined
	 * copy drawn first, hidden from assistive technology, and the figure itself without outline. SVG 2's
	 * paint-order is not used: Batik, which draws the charts into report.pdf, painted the outline over the figure.
	 */
	@Test
	void aFiguresHaloIsAWhiteCopyDrawnFirst() {
		for (String svg : List.of(charts.yearEffects(plan, "a"), charts.subcategoryAchievement(plan, "b"))) {
			assertThat(svg).doesNotContain("paint-order");
		}
		Document doc = xml(charts.subcategoryAchievement(plan, "s"));
		List<Element> figure = doc.select("text").stream().filter(t -> t.ownText().equals("1234.05%")).toList();
		assertThat(figure).hasSize(2);
		Element halo = figure.get(0);
		assertThat(halo.attr("fill")).isEqualTo("#fff");
		assertThat(halo.attr("stroke")).isEqualTo("#fff");
		assertThat(halo.attr("stroke-width")).isEqualTo("3");
		assertThat(halo.attr("aria-hidden")).isEqualTo("true");
		assertThat(halo.nextElementSibling()).isSameAs(figure.get(1));
		assertThat(figure.get(1).attr("fill")).isEqualTo("#111");
		assertThat(figure.get(1).attr("font-weight")).isEqualTo("bold").isEqualTo(halo.attr("font-weight"));
		assertThat(figure.get(1).hasAttr("stroke") || figure.get(1).hasAttr("aria-hidden")).isFalse();
		assertThat(List.of("x", "y", "text-anchor", "font-size"))
			.allSatisfy(a -> assertThat(figure.get(1).attr(a)).isEqualTo(halo.attr(a)));
	}

	/** Every chart is XML a strict parser reads: each group it opens it closes, and no more. */
	@Test
	void everyChartIsWellFormedXml() throws Exception {
		for (String svg : List.of(charts.yearEffects(plan, "a"), charts.subcategoryAchievement(plan, "b"))) {
			javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			org.w3c.dom.Document parsed = factory.newDocumentBuilder()
				.parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			assertThat(parsed.getDocumentElement().getLocalName()).isEqualTo("svg");
		}
	}

	/** The dashed 目標 100% line neither runs through a 「設定なし」 note nor through a rate's figure (91.13 %). */
	@Test
	void theGoalLineCrossesNoNoteAndNoFigure() {
		Document doc = xml(charts.subcategoryAchievement(plan, "s"));
		List<double[]> goal = doc.select("line[stroke-width=\"1.4\"]")
			.stream()
			.map(l -> new double[] { num(l, "x1"), Math.min(num(l, "y1"), num(l, "y2")), Math.max(num(l, "y1"), num(l, "y2")) })
			.toList();
		assertThat(goal).isNotEmpty();
		double goalX = goal.get(0)[0];
		Element note = doc.select("text").stream().filter(t -> t.ownText().startsWith("効果目標額の設定なし")).findFirst().orElseThrow();
		double noteY = num(note, "y");
		assertThat(goal).as("goal line segments").noneMatch(g -> g[1] <= noteY && noteY - 10 <= g[2]);
		Element rate = doc.select("text").stream().filter(t -> t.ownText().equals("91.13%")).findFirst().orElseThrow();
		double x = num(rate, "x");
		double width = 6.5 * "91.13%".length();
		double left = rate.attr("text-anchor").equals("end") ? x - width : x;
		assertThat(left > goalX || left + width < goalX).as("91.13%% spans %s..%s, the line is at %s", left, left + width, goalX)
			.isTrue();
	}

	private static double num(Element e, String attribute) {
		return Double.parseDouble(e.attr(attribute));
	}

	@Test
	void kpiChartsLabelFirstAndLastValues() {
		KpiSeries series = new KpiSeries("自治会加入率", "%", List.of(2019, 2020, 2021),
				Arrays.asList(new BigDecimal("57.4"), null, new BigDecimal("50.2")),
				Arrays.asList(null, new BigDecimal("60"), null));
		assertThat(series.drawable()).isTrue();
		Document doc = xml(charts.kpiTrend(series, "k"));
		assertThat(texts(doc)).contains("57.4", "50.2", "R元", "R3");
		assertThat(doc.select("circle title").eachText()).contains("令和元年度 実績: 57.4 %", "令和2年度 目標: 60 %");
		assertThat(xml(charts.kpiSparkline(series, "sp")).select("polyline")).hasSize(1);
		assertThat(new KpiSeries("x", null, List.of(2019, 2020), Arrays.asList(BigDecimal.ONE, null),
				Arrays.asList(null, null)).drawable()).isFalse();
	}

	@Test
	void departmentTextNeverBecomesMarkup() {
		for (String svg : List.of(charts.yearEffects(plan, "a"), charts.subcategoryAchievement(plan, "b"))) {
			assertThat(svg).doesNotContain("<script");
			Document doc = xml(svg);
			assertThat(doc.select("script")).isEmpty();
		}
		assertThat(charts.subcategoryAchievement(plan, "b")).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; 中分類");
	}

	@Test
	void needsNothingOutsideItselfAndUsesNoColour() {
		for (String svg : List.of(charts.yearEffects(plan, "a"), charts.subcategoryAchievement(plan, "b"))) {
			assertThat(svg).doesNotContain("href", "http://www.w3.org/1999/xlink", "<image", "url(http");
			Matcher paint = PAINT.matcher(svg);
			while (paint.find()) {
				assertThat(paint.group(1)).as("paint").matches("none|url\\(#[a-z0-9-]+\\)|#fff|#([0-9a-f])\\1\\1|#([0-9a-f]{2})\\2\\2");
			}
		}
	}

	@Test
	void idsAreUniquePerChartSoSeveralChartsShareAPage() {
		String a = charts.yearEffects(plan, "p1-years");
		String b = charts.yearEffects(plan, "p2-years");
		assertThat(a).contains("id=\"p1-years-target\"").doesNotContain("p2-years");
		assertThat(b).contains("id=\"p2-years-target\"");
	}

	/** Each text element's own text, without the hover title it may carry. */
	private static List<String> texts(Document doc) {
		return doc.select("text").stream().map(Element::ownText).toList();
	}

	private static Document xml(String svg) {
		return Jsoup.parse(svg, "", Parser.xmlParser());
	}

	/** Iizuka's 計 figures for two years and three 中分類: one without target, one far above it. */
	private static PlanSummary plan(String hostileName) {
		List<YearFigures> totals = List.of(
				new YearFigures(2019, new BigDecimal("381000"), new BigDecimal("1472360"), new BigDecimal("386.45"), 40),
				new YearFigures(2020, new BigDecimal("352000"), new BigDecimal("2283492"), new BigDecimal("648.72"), 42));
		List<SubcategorySummary> subs = new ArrayList<>();
		subs.add(new SubcategorySummary("①", "市民等協働によるまちづくりの推進", 4, 4, totals, BigDecimal.ZERO, BigDecimal.ZERO,
				null));
		subs.add(new SubcategorySummary("②", hostileName, 6, 4, totals, new BigDecimal("48000"), new BigDecimal("865"),
				new BigDecimal("1.80")));
		subs.add(new SubcategorySummary("③", "歳入確保への取組", 5, 5, totals, new BigDecimal("1275000"),
				new BigDecimal("15734164"), new BigDecimal("1234.05")));
		subs.add(new SubcategorySummary("④", "時代に対応した効果的で効率的な組織・機構", 4, 4, totals, new BigDecimal("15000"),
				new BigDecimal("13670"), new BigDecimal("91.13")));
		return new PlanSummary("計画", 2020, List.of(2019, 2020), List.of(new CategorySummary("Ⅱ", "効果的", subs)), totals,
				new BigDecimal("733000"), new BigDecimal("3755852"), new BigDecimal("512.39"), 15, 13,
				new BigDecimal("86.67"), List.of());
	}

}
