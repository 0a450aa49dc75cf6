package jp.reform.survey.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.codehaus.stax2.typed.TypedValueDecoder;
import org.codehaus.stax2.typed.TypedXMLStreamReader;

/**
 * One xl/worksheets/sheetN.xml streamed into a compact {@link SheetGrid}. Each cell becomes what
 * POI's XSSFCell reports for it (cached formula results, shared/inline strings, booleans as
 * TRUE/FALSE, error codes, the cell's or its column's style); anything POI treats specially that
 * this reader does not reproduce raises {@link UnsupportedPackageException}.
 */
final class WorksheetPart {

	/** A {@code <col>} range with its default style, used by cells that carry no style of their own. */
	private record ColumnStyle(int min, int max, int style) {
	}

	/** Upper bound of a size guess, so a declared dimension cannot make the reader reserve much memory. */
	private static final int MAX_GUESS = 8_000_000;

	/** Exact powers of ten: every one up to 10^22 is a double exactly. */
	private static final double[] POWERS_OF_TEN = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
			1e13, 1e14, 1e15 };

	/** Most digits a plain decimal may have for the quick reading: below 10^15, so below 2^53. */
	private static final int QUICK_DIGITS = 15;

	private final WorkbookText text;

	private final int sharedStrings;

	private final WorkbookFormats formats;

	private final List<ColumnStyle> columnStyles = new ArrayList<>();

	/** The current cell's {@code <v>}, reused: most values are numbers or string indexes, parsed without a String. */
	private final StringBuilder value = new StringBuilder(32);

	/**
	 * The parser's typed access to attribute values (Woodstox's), which reads a cell's reference and
	 * style from its buffer without making Strings; null under another parser.
	 */
	private final TypedXMLStreamReader typed;

	/**
	 * The parser itself, for reading the current event's names, attributes and text: under an audit,
	 * events are pulled through its delegate (which must see them all), but reading what the parser
	 * holds through the delegate would only add a call to each.
	 */
	private final XMLStreamReader parser;

	private final ColumnDecoder columns = new ColumnDecoder();

	private WorksheetPart(WorkbookText text, int sharedStrings, WorkbookFormats formats, XMLStreamReader reader) {
		this.text = text;
		this.sharedStrings = sharedStrings;
		this.formats = formats;
		// The audit's delegate passes events on; attributes can be read from the parser under it.
		this.parser = reader instanceof StreamReaderDelegate delegate ? delegate.getParent() : reader;
		this.typed = parser instanceof TypedXMLStreamReader t ? t : null;
	}

	static SheetGrid read(OoxmlPackage pkg, String part, String name, boolean hidden, WorkbookText text,
			int sharedStrings, WorkbookFormats formats)
			throws IOException, XMLStreamException, UnsupportedPackageException {
		// Excel writes ~40 bytes of XML per cell; the declared dimension refines the guess.
		long size = pkg.size(part);
		CompactCellStore cells = new CompactCellStore(text, formats, (int) Math.min(size / 40, MAX_GUESS));
		List<MergedRange> merged = new ArrayList<>();
		try (OoxmlPackage.Part opened = pkg.open(part)) {
			XMLStreamReader r = opened.xml();
			r.nextTag();
			if (!OoxmlNames.MAIN.equals(r.getNamespaceURI()) || !r.getLocalName().equals("worksheet")) {
				throw new UnsupportedPackageException("not a worksheet: " + r.getName());
			}
			new WorksheetPart(text, sharedStrings, formats, r).parse(r, cells, merged, size);
		}
		cells.trim();
		SheetGrid grid = new SheetGrid(name, hidden, cells);
		merged.forEach(grid::addMerged);
		return grid;
	}

	private void parse(XMLStreamReader r, CompactCellStore cells, List<MergedRange> merged, long partSize)
			throws XMLStreamException, UnsupportedPackageException {
		int row = -1;
		while (r.hasNext()) {
			if (r.next() != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			switch (parser.getLocalName()) {
				case "row" -> row = rowNumber(parser);
				case "dimension" -> cells.expect(declaredCells(parser.getAttributeValue(null, "ref"), partSize));
				case "c" -> cell(r, row, cells);
				case "col" -> columnStyles.add(new ColumnStyle(intAttribute(parser, "min", 0),
						intAttribute(parser, "max", 0), intAttribute(parser, "style", 0)));
				case "mergeCell" -> {
					CellRangeAddress range = CellRangeAddress.valueOf(parser.getAttributeValue(null, "ref"));
					merged.add(new MergedRange(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(),
							range.getLastColumn()));
				}
				default -> {
				}
			}
		}
	}

	/**
	 * Cells the {@code <dimension>} declares, but never more than the part could hold (20 bytes a
	 * cell at the very least) nor than {@link #MAX_GUESS}; 0 when it is not a range.
	 */
	static int declaredCells(String ref, long partSize) {
		try {
			CellRangeAddress range = CellRangeAddress.valueOf(ref);
			long cells = (long) (range.getLastRow() - range.getFirstRow() + 1) * (range.getLastColumn() - range.getFirstColumn() + 1);
			return (int) Math.max(0, Math.min(Math.min(cells, partSize / 20), MAX_GUESS));
		}
		catch (RuntimeException ex) {
			return 0; // a guess only
		}
	}

	private static int rowNumber(XMLStreamReader r) throws UnsupportedPackageException {
		String value = r.getAttributeValue(null, "r");
		if (value == null) {
			throw new UnsupportedPackageException("row without a row number");
		}
		return Integer.parseInt(value) - 1;
	}

	private void cell(XMLStreamReader r, int row, CompactCellStore cells)
			throws XMLStreamException, UnsupportedPackageException {
		int col = -1;
		int style = -1; // none of its own
		String type = null;
		for (int i = 0, n = parser.getAttributeCount(); i < n; i++) {
			switch (parser.getAttributeLocalName(i)) {
				case "r" -> col = column(i);
				case "s" -> style = formats.size() > 0 ? ownStyle(i) : -1;
				case "t" -> type = parser.getAttributeValue(i);
				default -> {
				}
			}
		}
		if (col < 0 || row < 0) {
			throw new UnsupportedPackageException("cell without a reference");
		}
		boolean hasValue = false;
		String inline = null;
		boolean hasInline = false;
		boolean formula = false;
		for (int event = r.next(); event != XMLStreamConstants.END_ELEMENT; event = r.next()) {
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			switch (parser.getLocalName()) {
				case "v" -> {
					readText(r, value);
					hasValue = true;
				}
				case "f" -> {
					String formulaType = parser.getAttributeValue(null, "t");
					if ("array".equals(formulaType) || "dataTable".equals(formulaType)) {
						throw new UnsupportedPackageException(formulaType + " formula at " + CellRefs.a1(row, col));
					}
					formula = true;
					r.getElementText();
				}
				case "is" -> {
					inline = RichText.read(r);
					hasInline = true;
				}
				default -> skip(r);
			}
		}
		emit(cells, row, col, type == null ? "n" : type, formula, hasValue ? value : null, hasInline, inline, style);
	}

	/** An element's text into {@code into}, as getElementText() would give it, without making a String. */
	private void readText(XMLStreamReader r, StringBuilder into) throws XMLStreamException {
		into.setLength(0);
		for (int event = r.next(); event != XMLStreamConstants.END_ELEMENT; event = r.next()) {
			switch (event) {
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
					into.append(parser.getTextCharacters(), parser.getTextStart(), parser.getTextLength());
				case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
				}
				default -> throw new XMLStreamException("text-only element expected", r.getLocation());
			}
		}
	}

	private void emit(CompactCellStore cells, int row, int col, String type, boolean formula, CharSequence value,
			boolean hasInline, String inline, int style) throws UnsupportedPackageException {
		int xf = style(style, col);
		switch (type) {
			case "n" -> {
				if (value == null && !formula) {
					return; // a styled empty cell: POI calls it BLANK and the grid skips it
				}
				cells.add(row, col, CompactCellStore.NUMBER, formula, Double.doubleToRawLongBits(number(value)), xf);
			}
			case "s" -> cells.add(row, col, CompactCellStore.TEXT, formula, shared(value), xf);
			case "str" -> cells.add(row, col, CompactCellStore.TEXT, formula,
					text.add(value == null ? "" : RichText.decode(value.toString())), xf);
			case "inlineStr" -> {
				String s = hasInline ? inline : value != null ? RichText.decode(value.toString()) : "";
				cells.add(row, col, CompactCellStore.TEXT, formula, text.add(s), xf);
			}
			case "b" -> cells.add(row, col, CompactCellStore.BOOLEAN, formula,
					value != null && "1".contentEquals(value) ? 1 : 0, xf);
			case "e" -> cells.add(row, col, CompactCellStore.ERROR, formula,
					text.add(error(value == null ? null : value.toString())), xf);
			default -> throw new UnsupportedPackageException("cell type " + type);
		}
	}

	/**
	 * Double.parseDouble's value. Plain decimals of up to 15 digits (most cells: "46492", "-395",
	 * "98.1") are read directly: their digits n are a double exactly, and so is 10^k for their k
	 * decimals, so the one division n / 10^k is rounded exactly as parsing rounds the decimal.
	 */
	static double number(CharSequence value) throws UnsupportedPackageException {
		if (value == null || value.length() == 0) {
			return 0.0;
		}
		double quick = quickDecimal(value);
		if (!Double.isNaN(quick)) {
			return quick;
		}
		try {
			return Double.parseDouble(value.toString());
		}
		catch (NumberFormatException ex) {
			throw new UnsupportedPackageException("not a number: " + value, ex);
		}
	}

	/** The value of an optional minus, digits and optionally a point and more digits; NaN for anything else. */
	private static double quickDecimal(CharSequence value) {
		boolean negative = value.charAt(0) == '-';
		int i = negative ? 1 : 0;
		long n = 0;
		int digits = 0;
		int decimals = -1; // digits after the point, -1 before one is seen
		for (; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c >= '0' && c <= '9') {
				if (++digits > QUICK_DIGITS) {
					return Double.NaN;
				}
				n = n * 10 + (c - '0');
				if (decimals >= 0) {
					decimals++;
				}
			}
			else if (c == '.' && decimals < 0) {
				decimals = 0;
			}
			else {
				return Double.NaN;
			}
		}
		if (digits == 0) {
			return Double.NaN;
		}
		double magnitude = decimals > 0 ? n / POWERS_OF_TEN[decimals] : n;
		return negative ? -magnitude : magnitude;
	}

	/**
	 * The value of an optional minus and 1 to {@code max} ASCII digits, else -1. Exact: integers
	 * below 10^15 are doubles exactly, so this equals what parsing the text as a double gives.
	 */
	private static long digits(CharSequence value, int max) {
		int start = value.charAt(0) == '-' ? 1 : 0;
		int length = value.length() - start;
		if (length < 1 || length > max) {
			return -1;
		}
		long n = 0;
		for (int i = start; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			n = n * 10 + (c - '0');
		}
		return n;
	}

	/** A shared string by index; POI turns any bad index into "" rather than failing. */
	private long shared(CharSequence value) {
		if (value == null || value.length() == 0) {
			return text.add("");
		}
		long index = value.charAt(0) == '-' ? -1 : digits(value, 9);
		if (index < 0) {
			try {
				index = Integer.parseInt(value.toString());
			}
			catch (NumberFormatException ex) {
				index = -1; // as POI: the cell reads as ""
			}
		}
		return index >= 0 && index < sharedStrings ? index : text.add("");
	}

	private static String error(String value) throws UnsupportedPackageException {
		try {
			byte code = value == null ? 0 : FormulaError.forString(value).getCode();
			return FormulaError.forInt(code).getString();
		}
		catch (IllegalArgumentException ex) {
			throw new UnsupportedPackageException("unknown error value " + value, ex);
		}
	}

	/** The cell's own style if it has a valid one (see {@link #ownStyle}), else its column's, else the default (0). */
	private int style(int own, int col) {
		if (own >= 0 && own < formats.size()) {
			return own;
		}
		for (ColumnStyle column : columnStyles) {
			if (column.min() <= col + 1 && column.max() >= col + 1) {
				return column.style();
			}
		}
		return 0;
	}

	/** A cell's {@code s} attribute; -1 when it is out of range, so the column's style applies. */
	private int ownStyle(int attribute) {
		if (typed != null) {
			try {
				return typed.getAttributeAsInt(attribute);
			}
			catch (XMLStreamException ex) {
				// not an int: read as text below, which refuses what is not a number at all
			}
		}
		long index = Long.parseLong(parser.getAttributeValue(attribute));
		return index >= 0 && index <= Integer.MAX_VALUE ? (int) index : -1;
	}

	/** Zero-based column of a cell's {@code r} attribute. */
	private int column(int attribute) throws UnsupportedPackageException {
		if (typed != null) {
			try {
				typed.getAttributeAs(attribute, columns);
				if (columns.column >= 0) {
					return columns.column;
				}
			}
			catch (XMLStreamException ex) {
				// read as text below, whose refusal names the reference
			}
		}
		return column(parser.getAttributeValue(attribute));
	}

	/** The column of an A1 reference read from the parser's buffer, as {@link #column(String)} reads it; -1 if none. */
	private static final class ColumnDecoder extends TypedValueDecoder {

		private int column;

		@Override
		public void decode(String input) {
			column = columnOrNone(input.toCharArray(), 0, input.length());
		}

		@Override
		public void decode(char[] buffer, int start, int end) {
			column = columnOrNone(buffer, start, end);
		}

		@Override
		public void handleEmptyValue() {
			column = -1;
		}

	}

	/** Zero-based column of an A1 reference ("AB12" → 27). */
	static int column(String ref) throws UnsupportedPackageException {
		int col = columnOrNone(ref.toCharArray(), 0, ref.length());
		if (col < 0) {
			throw new UnsupportedPackageException("not a cell reference: " + ref);
		}
		return col;
	}

	/**
	 * Zero-based column from the 1 to 3 capital letters that begin the reference in
	 * {@code chars[start, end)}; -1 when it begins with none or with more.
	 */
	private static int columnOrNone(char[] chars, int start, int end) {
		int col = 0;
		int i = start;
		while (i < end && chars[i] >= 'A' && chars[i] <= 'Z') {
			col = col * 26 + (chars[i] - 'A' + 1);
			i++;
		}
		return i == start || i - start > 3 ? -1 : col - 1;
	}

	private static int intAttribute(XMLStreamReader r, String name, int absent) {
		String value = r.getAttributeValue(null, name);
		return value == null ? absent : (int) Long.parseLong(value);
	}

	/** Skips the element just opened, with everything in it. */
	static void skip(XMLStreamReader r) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = r.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

}
