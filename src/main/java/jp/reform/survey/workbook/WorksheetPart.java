package jp.reform.survey.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

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

	private final WorkbookText text;

	private final int sharedStrings;

	private final WorkbookFormats formats;

	private final List<ColumnStyle> columnStyles = new ArrayList<>();

	/** The current cell's {@code <v>}, reused: most values are numbers or string indexes, parsed without a String. */
	private final StringBuilder value = new StringBuilder(32);

	private WorksheetPart(WorkbookText text, int sharedStrings, WorkbookFormats formats) {
		this.text = text;
		this.sharedStrings = sharedStrings;
		this.formats = formats;
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
			new WorksheetPart(text, sharedStrings, formats).parse(r, cells, merged, size);
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
			switch (r.getLocalName()) {
				case "row" -> row = rowNumber(r);
				case "dimension" -> cells.expect(declaredCells(r.getAttributeValue(null, "ref"), partSize));
				case "c" -> cell(r, row, cells);
				case "col" -> columnStyles.add(new ColumnStyle(intAttribute(r, "min", 0), intAttribute(r, "max", 0),
						intAttribute(r, "style", 0)));
				case "mergeCell" -> {
					CellRangeAddress range = CellRangeAddress.valueOf(r.getAttributeValue(null, "ref"));
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
		String ref = null;
		String style = null;
		String type = null;
		for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
			switch (r.getAttributeLocalName(i)) {
				case "r" -> ref = r.getAttributeValue(i);
				case "s" -> style = r.getAttributeValue(i);
				case "t" -> type = r.getAttributeValue(i);
				default -> {
				}
			}
		}
		if (ref == null || row < 0) {
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
			switch (r.getLocalName()) {
				case "v" -> {
					readText(r, value);
					hasValue = true;
				}
				case "f" -> {
					String formulaType = r.getAttributeValue(null, "t");
					if ("array".equals(formulaType) || "dataTable".equals(formulaType)) {
						throw new UnsupportedPackageException(formulaType + " formula at " + ref);
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
		emit(cells, row, column(ref), type == null ? "n" : type, formula, hasValue ? value : null, hasInline, inline,
				style);
	}

	/** An element's text into {@code into}, as getElementText() would give it, without making a String. */
	private static void readText(XMLStreamReader r, StringBuilder into) throws XMLStreamException {
		into.setLength(0);
		for (int event = r.next(); event != XMLStreamConstants.END_ELEMENT; event = r.next()) {
			switch (event) {
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
					into.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
				case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
				}
				default -> throw new XMLStreamException("text-only element expected", r.getLocation());
			}
		}
	}

	private void emit(CompactCellStore cells, int row, int col, String type, boolean formula, CharSequence value,
			boolean hasInline, String inline, String style) throws UnsupportedPackageException {
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

	/** Double.parseDouble's value; plain integers of up to 15 digits (most cells) are read directly. */
	static double number(CharSequence value) throws UnsupportedPackageException {
		if (value == null || value.length() == 0) {
			return 0.0;
		}
		long integer = digits(value, 15);
		if (integer >= 0) {
			return value.charAt(0) == '-' ? -(double) integer : (double) integer;
		}
		try {
			return Double.parseDouble(value.toString());
		}
		catch (NumberFormatException ex) {
			throw new UnsupportedPackageException("not a number: " + value, ex);
		}
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

	/** The cell's own style if it has a valid one, else its column's, else the default (0). */
	private int style(String own, int col) {
		if (own != null && formats.size() > 0) {
			long index = Long.parseLong(own);
			if (index >= 0 && index < formats.size()) {
				return (int) index;
			}
		}
		for (ColumnStyle column : columnStyles) {
			if (column.min() <= col + 1 && column.max() >= col + 1) {
				return column.style();
			}
		}
		return 0;
	}

	/** Zero-based column of an A1 reference ("AB12" → 27). */
	static int column(String ref) throws UnsupportedPackageException {
		int col = 0;
		int i = 0;
		while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
			col = col * 26 + (ref.charAt(i) - 'A' + 1);
			i++;
		}
		if (i == 0 || i > 3) {
			throw new UnsupportedPackageException("not a cell reference: " + ref);
		}
		return col - 1;
	}

	private static int intAttribute(XMLStreamReader r, String name, int absent) {
		String value = r.getAttributeValue(null, name);
		return value == null ? absent : (int) Long.parseLong(value);
	}

	private static void skip(XMLStreamReader r) throws XMLStreamException {
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
