package jp.reform.survey.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Repairs the text a reader copies, searches or has read out from the embedded font. IPAexゴシック draws
 * several characters with one glyph — a Kangxi radical and its ideograph (⽬ U+2F6C and 目 U+76EE, ⺠ U+2EA0
 * and 民), 〜 U+301C and ～ U+FF5E — and PDFBox writes the lowest code point of a glyph into the font's
 * ToUnicode map, so 「推進項目」 would read back as 「推進項⽬」. This rewrites each Type 0 font's map so a glyph
 * stands for the character of its glyph the document was written with; a radical the document does not use
 * becomes the ideograph the font draws with it (else its NFKC form). The drawn glyphs do not change.
 */
final class ToUnicodeRepair {

	private static final int FIRST_RADICAL = 0x2E80;

	private static final int LAST_RADICAL = 0x2FDF;

	/** bfchar entries per block: the CMap syntax allows at most 100. */
	private static final int BLOCK = 100;

	private final CmapLookup font;

	private final Set<Integer> written;

	/**
	 * @param font the cmap of the font the PDF embeds
	 * @param source the text the document was made from (its HTML)
	 */
	ToUnicodeRepair(CmapLookup font, String source) {
		this.font = font;
		this.written = source.codePoints().boxed().collect(Collectors.toSet());
	}

	/** Rewrites the maps that need it, of fonts already subset. */
	void repair(PDDocument document) throws IOException {
		Set<COSBase> seen = new HashSet<>();
		for (PDPage page : document.getPages()) {
			PDResources resources = page.getResources(); // inherited from the page tree where the page has none
			repair(resources == null ? null : resources.getCOSObject(), seen);
		}
	}

	/**
	 * The fonts are looked at as dictionaries, each once: a font object made for every page (PDResources.getFont)
	 * parses its maps again, which took most of this repair's time on a plan's 50 pages.
	 */
	private void repair(COSDictionary resources, Set<COSBase> seen) throws IOException {
		if (resources == null) {
			return;
		}
		COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
		if (fonts != null) {
			for (COSName name : fonts.keySet()) {
				if (fonts.getDictionaryObject(name) instanceof COSDictionary font && seen.add(font)
						&& COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))
						&& font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map) {
					repair(map);
				}
			}
		}
		// the SVG charts are drawn as form XObjects, which may carry fonts of their own
		COSDictionary objects = resources.getCOSDictionary(COSName.XOBJECT);
		if (objects != null) {
			for (COSName name : objects.keySet()) {
				if (objects.getDictionaryObject(name) instanceof COSStream form && seen.add(form)
						&& COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
					repair(form.getCOSDictionary(COSName.RESOURCES), seen);
				}
			}
		}
	}

	private void repair(COSStream stream) throws IOException {
		CMap cmap;
		try (InputStream in = stream.createInputStream()) {
			cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
		}
		Map<Integer, String> mappings = new TreeMap<>();
		boolean changed = false;
		for (int code = 0; code <= 0xFFFF; code++) {
			String text = cmap.toUnicode(code, 2);
			if (text == null) {
				continue;
			}
			String fixed = asWritten(text);
			changed |= !fixed.equals(text);
			mappings.put(code, fixed);
		}
		if (changed) {
			try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
				out.write(cmapText(mappings).getBytes(StandardCharsets.US_ASCII));
			}
		}
	}

	/** The text of a glyph: {@code text} as the lowest code point of the glyph, if the document used another. */
	String asWritten(String text) {
		if (text.codePointCount(0, text.length()) != 1) {
			return text;
		}
		int lowest = text.codePointAt(0);
		if (written.contains(lowest) && !isRadical(lowest)) {
			return text;
		}
		int glyph = font.getGlyphId(lowest);
		List<Integer> same = glyph == 0 ? List.of() : font.getCharCodes(glyph);
		if (same == null) {
			same = List.of();
		}
		for (int code : same) {
			if (code != lowest && written.contains(code)) {
				return Character.toString(code);
			}
		}
		if (!isRadical(lowest)) {
			return text;
		}
		for (int code : same) {
			if (!isRadical(code)) {
				return Character.toString(code);
			}
		}
		return Normalizer.normalize(text, Normalizer.Form.NFKC);
	}

	private static boolean isRadical(int codePoint) {
		return codePoint >= FIRST_RADICAL && codePoint <= LAST_RADICAL;
	}

	/** A ToUnicode CMap (PDF 32000-1 §9.10.3) of two-byte codes, one bfchar entry per code. */
	private static String cmapText(Map<Integer, String> mappings) {
		StringBuilder out = new StringBuilder("""
				/CIDInit /ProcSet findresource begin
				12 dict begin
				begincmap
				/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
				/CMapName /Adobe-Identity-UCS def
				/CMapType 2 def
				1 begincodespacerange
				<0000> <FFFF>
				endcodespacerange
				""");
		var entries = mappings.entrySet().stream().toList();
		for (int from = 0; from < entries.size(); from += BLOCK) {
			var block = entries.subList(from, Math.min(entries.size(), from + BLOCK));
			out.append(block.size()).append(" beginbfchar\n");
			for (var entry : block) {
				out.append(String.format("<%04X> <", entry.getKey()));
				for (char c : entry.getValue().toCharArray()) {
					out.append(String.format("%04X", (int) c));
				}
				out.append(">\n");
			}
			out.append("endbfchar\n");
		}
		out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
		return out.toString();
	}

}
