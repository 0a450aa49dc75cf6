package jp.reform.survey.report;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths that fit Japanese text. Excel measures widths in widths of the digit 0; a full-width
 * character (kanji, kana, ①, △, full-width forms) takes about two. POI's autoSizeColumn needs the fonts
 * installed and gets CJK wrong, so widths are counted here. Wrapped columns are capped, and their row
 * heights set from the line count, so Excel and LibreOffice lay pages out alike.
 */
public final class ColumnWidths {

	private static final double POINTS_PER_LINE = 14.5;

	private final Map<Integer, Integer> widest = new HashMap<>();

	private final Map<Integer, Integer> caps = new HashMap<>();

	/** Caps a column at {@code chars} (half-width units); longer text in it wraps. */
	ColumnWidths cap(int col, int chars) {
		caps.put(col, chars);
		return this;
	}

	void track(int col, String text) {
		if (text == null) {
			return;
		}
		int longest = 0;
		for (String line : text.split("\n")) {
			longest = Math.max(longest, width(line));
		}
		widest.merge(col, longest, Math::max);
	}

	/** Sets every tracked column's width: its widest text plus padding, within [min, cap]. */
	void apply(Sheet sheet, int min) {
		widest.forEach((col, chars) -> sheet.setColumnWidth(col, 256 * (applied(col, min) + 2)));
	}

	private int applied(int col, int min) {
		return Math.max(min, Math.min(widest.getOrDefault(col, min), cap(col)));
	}

	/**
	 * Row height for the lines the row's wrapped cells need at the applied widths.
	 *
	 * @param textsByColumn the row's texts, index = column (nulls for empty cells)
	 * @param wrapped the columns whose text wraps
	 */
	void fitRowHeight(Row row, String[] textsByColumn, int... wrapped) {
		int lines = 1;
		for (int col : wrapped) {
			String text = textsByColumn[col];
			if (text == null) {
				continue;
			}
			lines = Math.max(lines, lines(text, Math.min(widest.getOrDefault(col, cap(col)), cap(col))));
		}
		row.setHeightInPoints(height(lines));
	}

	/** The lines a text takes wrapped at {@code perLine} half-width units (its own line breaks kept). */
	public static int lines(String text, int perLine) {
		int width = Math.max(1, perLine);
		int needed = 0;
		for (String line : text.split("\n")) {
			needed += Math.max(1, (width(line) + width - 1) / width);
		}
		return needed;
	}

	/** The row height in points for {@code lines} lines of the default 11 pt text. */
	public static float height(int lines) {
		return (float) (Math.max(1, lines) * POINTS_PER_LINE + 3);
	}

	private int cap(int col) {
		return caps.getOrDefault(col, 60);
	}

	/** Display width in half-width units: East Asian wide and full-width characters count two. */
	public static int width(String text) {
		int width = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			width += wide(cp) ? 2 : 1;
			i += Character.charCount(cp);
		}
		return width;
	}

	private static boolean wide(int cp) {
		// the common cases without a block look-up, which every character of every cell would cost
		if (cp < 0x1100) {
			return false;
		}
		if (cp >= 0x3040 && cp <= 0x30FF || cp >= 0x4E00 && cp <= 0x9FFF) {
			return true; // HIRAGANA, KATAKANA, CJK_UNIFIED_IDEOGRAPHS
		}
		Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
		return cp >= 0x1100 && (block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
				|| block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA
				|| block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && cp < 0xFF61
				|| block == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS || block == Character.UnicodeBlock.NUMBER_FORMS
				|| block == Character.UnicodeBlock.GEOMETRIC_SHAPES || block == Character.UnicodeBlock.CJK_COMPATIBILITY
				|| block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
				|| block == Character.UnicodeBlock.GENERAL_PUNCTUATION && cp >= 0x2010
				|| block == Character.UnicodeBlock.ARROWS || block == Character.UnicodeBlock.MATHEMATICAL_OPERATORS
				|| block == Character.UnicodeBlock.LETTERLIKE_SYMBOLS);
	}

}
