package jp.reform.survey.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;

/**
 * {@code report.pdf}: the Freemarker template {@code report-pdf.ftlh} (the same fragments as summary.html,
 * print CSS of its own) laid out by openhtmltopdf into an A4 PDF that is tagged for PDF/UA (headings,
 * tables with header cells, reading order, /Lang ja, the title shown), with bookmarks and page numbers.
 * Its one font, IPAexゴシック, ships inside the jar and is embedded as a subset, so the PDF comes out the
 * same wherever the job runs.
 */
final class PdfReportWriter {

	static final String TEMPLATE = "report-pdf.ftlh";

	/** The family the stylesheet names for every text, charts included. */
	static final String FONT_FAMILY = "IPAexGothic";

	private static final Logger log = LoggerFactory.getLogger(PdfReportWriter.class);

	private final Configuration freemarker;

	private final PdfFont font;

	PdfReportWriter(Configuration freemarker, PdfFont font) {
		this.freemarker = freemarker;
		this.font = font;
		// the library's logger is one for the JVM; setting it again is harmless
		XRLog.setLoggerImpl(new PdfLog());
	}

	void write(Map<String, Object> model, Path file) throws IOException {
		StringWriter html = new StringWriter();
		try {
			freemarker.getTemplate(TEMPLATE).process(model, html);
		}
		catch (TemplateException ex) {
			throw new IOException(TEMPLATE + " を処理できません: " + ex.getMessage(), ex);
		}
		write(html.toString(), file);
	}

	/** The PDF of a page made from the template. */
	void write(String html, Path file) throws IOException {
		try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font.bytes()))) {
			write(prepare(html), ttf, new ToUnicodeRepair(ttf.getUnicodeCmapLookup(), html), file);
		}
	}

	private void write(Document html, TrueTypeFont ttf, ToUnicodeRepair toUnicode, Path file) throws IOException {
		List<Diagnostic> diagnostics = new ArrayList<>();
		// Batik draws the charts' text with Java's font machinery, which reads a font from a file only
		Path chartFont = font.file();
		try (PDDocument pdf = new PDDocument()) {
			// Japanese needs no glyph substitution here, and PDFBox's Latin one costs seconds and loses text
			ttf.setEnableGsub(false);
			PDType0Font subset = PDType0Font.load(pdf, ttf, true);
			PDFontSupplier face = new PDFontSupplier(subset);
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePDDocument(pdf);
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.withProducer("reform-survey");
			// warnings only: a plan's 50 pages make some 600,000 notes below that, which held their arguments
			// until the PDF was done and had the collector copy them again and again
			builder.withDiagnosticConsumer(d -> {
				if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
					diagnostics.add(d);
				}
			});
			// one face for both weights (IPAexゴシック has no bold): no text may fall back to a font left out
			for (int weight : new int[] { 400, 700 }) {
				builder.useFont(face, FONT_FAMILY, weight, FontStyle.NORMAL, true);
				builder.useFont(chartFont.toFile(), FONT_FAMILY, weight, FontStyle.NORMAL, true,
						EnumSet.of(FSFontUseCase.SVG));
			}
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withW3cDocument(new W3CDom().fromJsoup(html), file.toUri().toString());
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.layout();
				renderer.createPDFWithoutClosing();
			}
			// The font is subset (its ToUnicode map is made then) and its map mended before the one write,
			// which PDDocument.save would not allow: it subsets the fonts itself. Written with object streams:
			// without them PDFBox looks each object up in its queue of objects to write, a list — quadratic
			// in a tagged document's tens of thousands of objects.
			subset.subset();
			toUnicode.repair(pdf);
			pdf.getDocument().setIsXRefStream(true);
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
				COSWriter writer = new COSWriter(out, CompressParameters.DEFAULT_COMPRESSION);
				writer.write(pdf);
			}
		}
		finally {
			report(diagnostics);
		}
	}

	/** What openhtmltopdf warned of, once per message: the PDF may not be what was meant. */
	private static void report(List<Diagnostic> warnings) {
		warnings.stream()
			.map(Diagnostic::getFormattedMessage)
			.distinct()
			.forEach(message -> log.warn("report.pdf: {}", message));
	}

	/**
	 * The HTML as the PDF renderer needs it: the bookmarks in the head (where HTML parsing would not leave
	 * them), links as plain text and each chart's title as its alternative text (read out by assistive
	 * technology).
	 */
	static Document prepare(String html) {
		// case kept: SVG's viewBox must stay as written
		Document doc = Jsoup.parse(html, "", Parser.htmlParser().settings(ParseSettings.preserveCase));
		Element bookmarks = doc.selectFirst("bookmarks");
		if (bookmarks != null) {
			doc.head().appendChild(bookmarks);
		}
		// links only lead to what summary.html has or the bookmarks reach; PDF/UA would want each described
		doc.select("a").unwrap();
		for (Element svg : doc.select("svg")) {
			Element title = svg.selectFirst("title");
			if (title != null && !svg.hasAttr("alt")) {
				svg.attr("alt", title.text());
			}
		}
		return doc;
	}

}
