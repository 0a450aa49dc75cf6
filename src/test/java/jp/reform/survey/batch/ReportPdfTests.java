package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.report.ReportWriter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import org.springframework.test.context.TestPropertySource;

/**
 * report.pdf of the shipped sample, read back with PDFBox: the pages in their order and what each says, the
 * published figures as text (so a reader copying them, or a screen reader, gets 「推進項目」 and not the
 * Kangxi radical the font shares a glyph with), the font embedded, the tags of PDF/UA and a bookmark per
 * 大分類. The PDF and a few pages as PNG stay in target/artifacts for a person to look at.
 *
 * <p>Expected pages: the cover; 推進項目の一覧; 図1 and 図2 a page each; the 13 推進項目管理表 from a new page each,
 * three running onto a second (Ⅱ②, Ⅱ④, Ⅲ②: 16); 見直し候補 on 5. Changing the print CSS can move this
 * count: look at the pages, then update it.
 */
@TestPropertySource(properties = "reform.report.pdf.enabled=true") // the tests' default leaves it out (pom.xml)
class ReportPdfTests extends SampleOutputTests {

	/** The sample's 中分類 as the city's report heads its 推進項目管理表 pages. */
	private static final List<String> SUBCATEGORIES = List.of("大分類 Ⅰ", "① 市民等協働によるまちづくりの推進",
			"② 情報の共有化の推進", "大分類 Ⅱ", "① 事務事業の効果的・効率的な見直し", "② 公民連携の推進", "③ 公共施設等の最適化の推進",
			"④ ICT技術を活用した行政運営の推進", "⑤ 自治体間連携の推進", "大分類 Ⅲ", "① 歳入確保への取組", "② 歳入歳出の適正化の推進",
			"③ 地方公営企業の健全な経営", "④ 外郭団体等の健全な経営", "大分類 Ⅳ", "① 時代に対応した効果的で効率的な組織・機構",
			"② 職員の意識改革と資質向上");

	private static final int PAGES = 25;

	private PDDocument pdf;

	private Path file;

	@BeforeAll
	void readThePdf() throws IOException {
		file = output.resolve(ReportWriter.PDF);
		Files.copy(file, ARTIFACTS.resolve("report.pdf"), StandardCopyOption.REPLACE_EXISTING);
		pdf = Loader.loadPDF(file.toFile());
	}

	@AfterAll
	void close() throws IOException {
		pdf.close();
	}

	@Test
	void hasTheCoverTheTableTheFiguresAPagePerSubcategoryAndTheReviewOnA4() throws IOException {
		assertThat(pdf.getNumberOfPages()).isEqualTo(PAGES);
		for (PDPage page : pdf.getPages()) {
			PDRectangle box = page.getMediaBox();
			// A4 landscape, in points
			assertThat(Math.round(box.getWidth())).isEqualTo(842);
			assertThat(Math.round(box.getHeight())).isEqualTo(595);
		}
		assertThat(text(1)).contains("第2次行財政改革後期実施計画", "令和5年度実施報告", "計画期間 令和元年度～令和5年度", "作成日 令和",
				"1 / " + PAGES);
		String table = text(2);
		assertThat(table).contains("推進項目の一覧", "計画年度別効果額", "1,852,000", "16,484,161", "890.07", "81.48",
				"2 / " + PAGES);
		assertThat(table.lines().filter(line -> line.matches(".*\\b54\\b.*目標.*"))).hasSize(1);
		assertThat(table.lines().filter(line -> line.matches(".*\\b44\\b.*実績.*"))).hasSize(1);
		assertThat(text(3)).contains("図1", "年度別の効果額");
		assertThat(text(4)).contains("図2", "中分類別の実施済みの割合と効果額の達成率");
		// every 管理表 from a new page, headed by its 大分類 and 中分類, in the plan's order
		List<String> heads = new ArrayList<>();
		for (int page = 5; page <= 20; page++) {
			String text = text(page);
			assertThat(text).as("page %d", page).contains("No.", "実施項目", "実施スケジュール", "進捗");
			if (text.lines().anyMatch(line -> line.startsWith("中分類 "))) {
				String category = text.lines()
					.filter(line -> line.startsWith("大分類 "))
					.findFirst()
					.orElseThrow()
					.substring(0, "大分類 Ⅰ".length());
				if (!heads.contains(category)) {
					heads.add(category);
				}
				String sub = text.lines().filter(l -> l.startsWith("中分類 ")).findFirst().orElseThrow();
				heads.add(sub.substring("中分類 ".length()));
				assertThat(text).contains("目標", "進捗管理（単位：千円）", "効果目標額", "達成額", "達成率");
			}
		}
		assertThat(heads).containsExactlyElementsOf(SUBCATEGORIES);
		assertThat(text(5)).contains("まちづくり協議会の活動支援", "自治会への加入促進", "57.4", "50.2");
		String review = text(21);
		assertThat(review).contains("見直し候補", "3年以上 検討段階のまま（10件）", "Ⅱ-②-2", "Park-PFI制度の活用", "都市計画課");
		assertThat(text(PAGES)).contains("目標の再設定を検討", PAGES + " / " + PAGES);
		// pages for a person to look at
		Poppler.renderPages(file, 1, 5, ARTIFACTS.resolve("report-page"));
		Poppler.renderPages(file, 21, 21, ARTIFACTS.resolve("report-page"));
	}

	@Test
	void embedsEveryFont() throws IOException {
		List<String> fonts = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			collectFonts(page.getResources(), fonts);
		}
		assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).endsWith("embedded"));
		assertThat(fonts).allSatisfy(font -> assertThat(font).contains("IPAexGothic"));
	}

	@Test
	void isTaggedInJapaneseWithItsTitleShown() throws IOException {
		PDDocumentCatalog catalog = pdf.getDocumentCatalog();
		assertThat(catalog.getLanguage()).isEqualTo("ja");
		assertThat(catalog.getMarkInfo()).isNotNull();
		assertThat(catalog.getMarkInfo().isMarked()).isTrue();
		assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
		assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("第2次行財政改革後期実施計画 令和5年度実施報告");
		assertThat(catalog.getMetadata()).as("XMP metadata (PDF/UA identification)").isNotNull();
		assertThat(new String(catalog.getMetadata().toByteArray(), "UTF-8")).contains("pdfuaid:part");
		assertThat(catalog.getStructureTreeRoot()).isNotNull();
		List<String> types = new ArrayList<>();
		List<String> figureAlts = new ArrayList<>();
		collectStructure(catalog.getStructureTreeRoot(), types, figureAlts);
		assertThat(types).contains("H1", "H2", "H3", "Table", "TR", "TH", "TD", "Figure", "L", "LI");
		// a header cell per column of the 推進項目の一覧, the 13 progress tables and the 13 item tables at least
		assertThat(types.stream().filter("TH"::equals).count()).isGreaterThan(27 * 4);
		assertThat(figureAlts).hasSize(2).allSatisfy(alt -> assertThat(alt).isNotBlank());
		// text extracted in reading order: the cover first, headings before their tables
		String all = new PDFTextStripper().getText(pdf);
		assertThat(all.indexOf("第2次行財政改革後期実施計画")).isLessThan(all.indexOf("推進項目の一覧"));
	}

	@Test
	void passesVeraPdfsPdfUaCheck() throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		try (PDFAParser parser = Foundries.defaultInstance().createParser(file.toFile(), PDFAFlavour.PDFUA_1)) {
			ValidationResult result = Foundries.defaultInstance()
				.createValidator(PDFAFlavour.PDFUA_1, true)
				.validate(parser);
			List<String> failed = result.getTestAssertions()
				.stream()
				.filter(t -> t.getStatus() == TestAssertion.Status.FAILED)
				.map(t -> t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + " " + t.getMessage())
				.distinct()
				.toList();
			assertThat(failed).isEmpty();
			assertThat(result.isCompliant()).isTrue();
		}
	}

	@Test
	void hasABookmarkPerCategory() {
		List<String> titles = new ArrayList<>();
		collectOutline(pdf.getDocumentCatalog().getDocumentOutline(), "", titles);
		assertThat(titles).contains("表紙", "推進項目の一覧", "図", "推進項目管理表", "見直し候補",
				"推進項目管理表/Ⅰ 市民等との協働(パートナーシップ)による行政運営の推進",
				"推進項目管理表/Ⅱ 効果的で効率的な行政運営の推進", "推進項目管理表/Ⅲ 持続可能で健全な財政基盤の確立",
				"推進項目管理表/Ⅳ 時代に対応できる組織改革と人材育成の推進",
				"推進項目管理表/Ⅱ 効果的で効率的な行政運営の推進/Ⅱ② 公民連携の推進");
		assertThat(titles.stream().filter(t -> t.split("/").length == 3)).hasSize(13);
	}

	private String text(int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(pdf);
	}

	private static void collectFonts(PDResources resources, List<String> fonts) throws IOException {
		if (resources == null) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			PDFont font = resources.getFont(name);
			fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " not embedded"));
		}
		for (COSName name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof PDFormXObject form) {
				collectFonts(form.getResources(), fonts);
			}
		}
	}

	private static void collectStructure(PDStructureNode node, List<String> types, List<String> figureAlts) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				types.add(element.getStructureType());
				if ("Figure".equals(element.getStructureType())) {
					figureAlts.add(element.getAlternateDescription());
				}
				collectStructure(element, types, figureAlts);
			}
		}
	}

	private static void collectOutline(PDOutlineNode node, String path, List<String> titles) {
		for (PDOutlineItem item : node.children()) {
			String title = path.isEmpty() ? item.getTitle() : path + "/" + item.getTitle();
			titles.add(title);
			collectOutline(item, title, titles);
		}
	}

}
