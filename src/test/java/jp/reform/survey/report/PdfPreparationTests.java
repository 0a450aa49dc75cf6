package jp.reform.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.reform.survey.report.chart.SvgCharts;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What report.pdf's renderer is given of a page: here, the charts' figures as Batik can paint them. */
class PdfPreparationTests {

	/**
	 * 図2's rates beside their bars carry a white outline painted under them in a browser (paint-order);
	 * Batik would paint it over them. For the PDF each such figure is drawn twice: a white copy first, then
	 * the figure without outline, so its digits are ink on a white ground.
	 */
	@Test
	void aFigureWithAnOutlineBecomesAWhiteCopyUnderTheFigure() {
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 20\"><title>図2</title>"
				+ "<text x=\"10\" y=\"15\" fill=\"#111\" font-weight=\"bold\" stroke=\"#fff\" stroke-width=\"3\""
				+ " stroke-linejoin=\"round\" paint-order=\"stroke\">1234.05%<title>出典</title></text>"
				+ "<text x=\"60\" y=\"15\" fill=\"#4a4a4a\">0%</text></svg>";
		Document doc = PdfReportWriter.prepare("<html><body>" + svg + "</body></html>");
		List<Element> texts = doc.select("svg text");
		assertThat(texts).hasSize(3);
		Element halo = texts.get(0);
		Element figure = texts.get(1);
		assertThat(halo.ownText()).isEqualTo("1234.05%");
		assertThat(halo.attr("fill")).isEqualTo("#fff");
		assertThat(halo.attr("stroke")).isEqualTo("#fff");
		assertThat(halo.attr("stroke-width")).isEqualTo("3");
		assertThat(halo.attr("aria-hidden")).isEqualTo("true");
		assertThat(halo.select("title")).isEmpty();
		assertThat(figure.ownText()).isEqualTo("1234.05%");
		assertThat(figure.attr("fill")).isEqualTo("#111");
		assertThat(figure.attr("font-weight")).isEqualTo("bold");
		assertThat(figure.hasAttr("stroke") || figure.hasAttr("paint-order")).isFalse();
		assertThat(figure.select("title").text()).isEqualTo("出典");
		assertThat(texts.get(2).outerHtml()).as("a figure without outline stays as it is")
			.isEqualTo("<text x=\"60\" y=\"15\" fill=\"#4a4a4a\">0%</text>");
		assertThat(doc.select("[paint-order]")).isEmpty();
	}

	/** The charts as the templates embed them leave nothing Batik would paint over a figure. */
	@Test
	void noChartOfAPlanKeepsAPaintOrder() {
		SvgCharts charts = new SvgCharts(new JapaneseFormats());
		// a rate of 3 % (30 of 1,000 千円): its figure stands beside its short bar, outlined
		var plan = ReportFixtures.plan(List.of(ReportFixtures.item(1, 1, "窓口の電子化", "総務課", "a.xlsx",
				new String[] { "実施", "実施" }, new long[] { 500, 500 }, new long[] { 10, 20 }, new String[] { null, null })));
		String html = "<html><body>" + charts.subcategoryAchievement(plan, "s") + "</body></html>";
		assertThat(html).contains("paint-order");
		assertThat(PdfReportWriter.prepare(html).select("[paint-order]")).isEmpty();
	}

}
