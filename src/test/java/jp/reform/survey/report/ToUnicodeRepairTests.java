package jp.reform.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The text a glyph of the shipped font stands for in report.pdf: IPAexゴシック draws ⽬ (U+2F6C) and 目 (U+76EE),
 * ⺠ (U+2EA0) and 民 (U+6C11), 〜 (U+301C) and ～ (U+FF5E) with one glyph each, and PDFBox would name the first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToUnicodeRepairTests {

	private TrueTypeFont font;

	private CmapLookup cmap;

	@BeforeAll
	void loadTheShippedFont() throws IOException {
		try (InputStream in = getClass().getResourceAsStream(PdfFont.RESOURCE)) {
			font = new TTFParser().parse(new RandomAccessReadBuffer(in));
		}
		cmap = font.getUnicodeCmapLookup();
	}

	@AfterAll
	void close() throws IOException {
		font.close();
	}

	@Test
	void theFontSharesTheseGlyphsAndPdfBoxWouldNameTheRadical() {
		assertThat(cmap.getGlyphId(0x2F6C)).isEqualTo(cmap.getGlyphId(0x76EE)).isPositive();
		assertThat(cmap.getGlyphId(0x2EA0)).isEqualTo(cmap.getGlyphId(0x6C11)).isPositive();
		assertThat(cmap.getCharCodes(cmap.getGlyphId(0x76EE)).get(0)).isEqualTo(0x2F6C);
	}

	@Test
	void aRadicalReadsAsTheIdeographTheReportWasWrittenWith() {
		ToUnicodeRepair repair = new ToUnicodeRepair(cmap, "推進項目の一覧　市民等協働");
		assertThat(repair.asWritten("\u2F6C")).isEqualTo("目");
		assertThat(repair.asWritten("\u2EA0")).isEqualTo("民");
	}

	@Test
	void aRadicalTheReportDoesNotUseStillReadsAsItsIdeograph() {
		ToUnicodeRepair repair = new ToUnicodeRepair(cmap, "abc");
		assertThat(repair.asWritten("\u2F6C")).isEqualTo("目");
		assertThat(repair.asWritten("\u2EA0")).isEqualTo("民");
	}

	@Test
	void aTildeReadsAsTheOneTheReportWrote() {
		assertThat(new ToUnicodeRepair(cmap, "令和元年度～令和5年度").asWritten("\u301C")).isEqualTo("～");
		assertThat(new ToUnicodeRepair(cmap, "令和元年度〜令和5年度").asWritten("\u301C")).isEqualTo("〜");
	}

	@Test
	void otherTextIsLeftAsItIs() {
		ToUnicodeRepair repair = new ToUnicodeRepair(cmap, "推進項目");
		assertThat(repair.asWritten("推")).isEqualTo("推");
		assertThat(repair.asWritten("A")).isEqualTo("A");
		assertThat(repair.asWritten("ff")).isEqualTo("ff");
	}

}
