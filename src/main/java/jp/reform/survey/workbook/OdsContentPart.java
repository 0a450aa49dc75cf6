package jp.reform.survey.workbook;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The content.xml of an OpenDocument spreadsheet, streamed once with StAX into compact grids, as
 * {@link WorksheetPart} does for an .xlsx sheet:
 * <ul>
 * <li>values by type — float, percentage, currency (numbers from {@code office:value}), date and
 * time (as the Excel serial number a date cell of an .xlsx carries), boolean, string (the
 * paragraphs of the cell, joined by line breaks; {@code text:line-break}, {@code text:tab},
 * {@code text:s}); formulas give their cached result, errors their text (#DIV/0!);</li>
 * <li>{@code number-columns-repeated} / {@code number-rows-repeated}: blank runs only move the
 * position, so a sheet "repeated" to row 1,048,576 costs nothing; a non-blank cell repeated is
 * stored once per copy, within a budget ({@link #MAX_EXPANDED_CELLS}) so a few bytes cannot
 * ask for a billion cells;</li>
 * <li>{@code number-columns-spanned} / {@code number-rows-spanned} become merged ranges; covered
 * cells (the rest of a merged range) are not read, as Calc shows only the first cell;</li>
 * <li>a sheet whose table style says {@code table:display="false"} is hidden;</li>
 * <li>comments ({@code office:annotation}), furigana ({@code text:ruby-text}) and drawings in a cell
 * are not its value.</li>
 * </ul>
 */
final class OdsContentPart {

	/** Cells a workbook may gain from repetition (copies beyond the one written), ~15 bytes each. */
	static final long MAX_EXPANDED_CELLS = 2_000_000;

	/** Columns a grid can address (the compact store keeps a column in a char). */
	private static final long MAX_COLUMNS = Character.MAX_VALUE + 1L;

	static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

	static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

	static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

	static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

	static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";

	/** LibreOffice's own attribute that tells an error result from the number it stores with it. */
	static final String CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

	/** The formats a cell's value type stands for: indexes into {@link #FORMATS}. */
	private static final int GENERAL = 0;

	private static final int PERCENT = 1;

	private static final int CURRENCY = 2;

	private static final int DATE = 3;

	private static final int DATE_TIME = 4;

	private static final int TIME = 5;

	static final WorkbookFormats FORMATS = new WorkbookFormats(List.of(CellFormat.of((short) 0, "General"),
			CellFormat.of((short) 9, "0%"), CellFormat.of((short) 3, "#,##0"), CellFormat.of((short) 14, "yyyy/m/d"),
			CellFormat.of((short) 22, "yyyy/m/d h:mm"), CellFormat.of((short) 21, "h:mm:ss")), false);

	private static final LocalDateTime CALC_EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);

	private final XMLStreamReader r;

	private final WorkbookLimits limits;

	private final WorkbookText text = new WorkbookText(new TextPool());

	private final Set<String> hiddenTableStyles = new HashSet<>();

	/** Data styles that show a number as TRUE/FALSE: Calc has no boolean cells, only 1 and 0 so formatted. */
	private final Set<String> booleanDataStyles = new HashSet<>();

	/** Cell styles by name → their data style. */
	private final java.util.Map<String, String> dataStyles = new java.util.HashMap<>();

	private long expanded;

	/** The sheet being read, for messages. */
	private String sheetName = "";

	/** One cell as read, before its row's repetition is known. */
	private record Cell(long col, long repeat, byte kind, boolean formula, long value, int style, int spanCols,
			int spanRows) {

		boolean hasValue() {
			return kind != 0;
		}

	}

	private OdsContentPart(XMLStreamReader reader, WorkbookLimits limits) {
		this.r = reader;
		this.limits = limits;
	}

	/** The sheets of the document, in order. */
	static List<SheetGrid> read(XMLStreamReader reader, WorkbookLimits limits)
			throws XMLStreamException, WorkbookReadException {
		return new OdsContentPart(reader, limits).sheets();
	}

	private List<SheetGrid> sheets() throws XMLStreamException, WorkbookReadException {
		List<SheetGrid> sheets = new ArrayList<>();
		String tableStyle = null;
		while (r.hasNext()) {
			int event = r.next();
			if (event == XMLStreamConstants.DTD) {
				throw Refusals.doctype(OdsWorkbookReader.CONTENT, OdsWorkbookReader.APPLICATION);
			}
			if (event == XMLStreamConstants.END_ELEMENT && is(STYLE, "style")) {
				tableStyle = null;
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			if (is(STYLE, "style") && "table".equals(r.getAttributeValue(STYLE, "family"))) {
				tableStyle = r.getAttributeValue(STYLE, "name");
			}
			else if (is(STYLE, "style") && r.getAttributeValue(STYLE, "data-style-name") != null) {
				dataStyles.put(r.getAttributeValue(STYLE, "name"), r.getAttributeValue(STYLE, "data-style-name"));
			}
			else if (is(NUMBER, "boolean-style")) {
				booleanDataStyles.add(r.getAttributeValue(STYLE, "name"));
			}
			else if (is(STYLE, "table-properties") && tableStyle != null
					&& "false".equals(r.getAttributeValue(TABLE, "display"))) {
				hiddenTableStyles.add(tableStyle);
			}
			else if (is(TABLE, "table")) {
				sheets.add(table());
			}
			else if (is(TABLE, "dde-links")) {
				throw Refusals.externalLink();
			}
		}
		return sheets;
	}

	private SheetGrid table() throws XMLStreamException, WorkbookReadException {
		String name = r.getAttributeValue(TABLE, "name");
		boolean hidden = hiddenTableStyles.contains(r.getAttributeValue(TABLE, "style-name"));
		CompactCellStore cells = new CompactCellStore(text, FORMATS, 64);
		sheetName = name == null ? "" : name;
		SheetGrid sheet = new SheetGrid(sheetName, hidden, cells);
		long row = 0;
		long contentRows = 0;
		int depth = 1;
		while (depth > 0) {
			int event = r.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				if (is(TABLE, "table-row")) {
					long repeat = count(TABLE, "number-rows-repeated");
					List<Cell> read = rowCells();
					if (read.isEmpty()) {
						row += repeat;
						continue;
					}
					boolean content = read.stream().anyMatch(Cell::hasValue);
					for (long copy = 0; copy < repeat && row < Integer.MAX_VALUE; copy++, row++) {
						if (content && ++contentRows > limits.maxRowsPerSheet()) {
							throw Refusals.tooManyRows(sheet.name(), limits.maxRowsPerSheet());
						}
						emit(sheet, cells, (int) row, read, copy > 0);
					}
				}
				else if (is(TABLE, "table-source")) {
					throw Refusals.externalLink(); // a sheet linked to another file: its values are copies
				}
				else if (is(TABLE, "table-row-group") || is(TABLE, "table-header-rows") || is(TABLE, "table-rows")) {
					depth++;
				}
				else {
					skip();
				}
			}
		}
		cells.trim();
		return sheet;
	}

	/** Stores a row's cells at {@code row}; a repeated row's copies count against the budget whole. */
	private void emit(SheetGrid sheet, CompactCellStore cells, int row, List<Cell> read, boolean copy)
			throws WorkbookReadException {
		for (Cell cell : read) {
			if (cell.col() + cell.repeat() > MAX_COLUMNS) {
				throw new WorkbookReadException(String.format("シート「%s」の列数が多すぎます（上限 %,d 列）。調査票のシートとして"
						+ "読めないため受け付けません。", sheet.name(), MAX_COLUMNS));
			}
			spend(copy ? cell.repeat() : cell.repeat() - 1);
			for (long c = 0; c < cell.repeat(); c++) {
				int col = (int) (cell.col() + c);
				if (cell.hasValue()) {
					cells.add(row, col, cell.kind(), cell.formula(), cell.value(), cell.style());
				}
				if (cell.spanCols() > 1 || cell.spanRows() > 1) {
					sheet.addMerged(new MergedRange(row, (int) Math.min(Integer.MAX_VALUE, (long) row + cell.spanRows() - 1),
							col, (int) Math.min(MAX_COLUMNS - 1, (long) col + cell.spanCols() - 1)));
				}
			}
		}
	}

	private void spend(long cells) throws WorkbookReadException {
		expanded += cells;
		if (expanded > MAX_EXPANDED_CELLS) {
			throw new WorkbookReadException(String.format("シート「%s」に、同じセルを繰り返す指定で極端に多くのセル（%,d 個を超える）を"
					+ "作るものがあります。調査票として読めないため受け付けません。", sheetName, MAX_EXPANDED_CELLS));
		}
	}

	/** The cells of the row just opened that hold a value or start a merged range; blank ones only move the column. */
	private List<Cell> rowCells() throws XMLStreamException, WorkbookReadException {
		List<Cell> read = new ArrayList<>();
		long col = 0;
		while (true) {
			int event = r.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				return read; // the row's own end: every child is consumed whole below
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			if (is(TABLE, "table-cell")) {
				long repeat = count(TABLE, "number-columns-repeated");
				Cell cell = cell(col, repeat);
				if (cell != null) {
					read.add(cell);
				}
				col += repeat;
			}
			else if (is(TABLE, "covered-table-cell")) {
				col += count(TABLE, "number-columns-repeated");
				skip();
			}
			else {
				skip();
			}
		}
	}

	/** The cell just opened, consumed to its end; null when it is blank and starts no merged range. */
	private Cell cell(long col, long repeat) throws XMLStreamException, WorkbookReadException {
		String type = r.getAttributeValue(OFFICE, "value-type");
		String calcType = r.getAttributeValue(CALCEXT, "value-type");
		boolean formula = r.getAttributeValue(TABLE, "formula") != null;
		String value = r.getAttributeValue(OFFICE, "value");
		String dateValue = r.getAttributeValue(OFFICE, "date-value");
		String timeValue = r.getAttributeValue(OFFICE, "time-value");
		String booleanValue = r.getAttributeValue(OFFICE, "boolean-value");
		String stringValue = r.getAttributeValue(OFFICE, "string-value");
		boolean booleanStyle = booleanDataStyles.contains(dataStyles.get(r.getAttributeValue(TABLE, "style-name")));
		int spanCols = span("number-columns-spanned");
		int spanRows = span("number-rows-spanned");
		String shown = paragraphs();
		byte kind = 0;
		long stored = 0;
		int style = GENERAL;
		if ("error".equals(calcType)) {
			kind = CompactCellStore.ERROR;
			stored = text.add(shown.strip());
		}
		else if (type == null || type.equals("string") || type.equals("void")) {
			String content = stringValue != null ? stringValue : shown;
			if (!content.isEmpty() && !"void".equals(type)) {
				kind = CompactCellStore.TEXT;
				stored = text.add(content);
			}
		}
		else if (type.equals("boolean")) {
			kind = CompactCellStore.BOOLEAN;
			stored = "true".equals(booleanValue) || "1".equals(booleanValue) ? 1 : 0;
		}
		else if (type.equals("float") && isBoolean(number(value), shown, booleanStyle)) {
			// Calc has no boolean values: TRUE typed into a cell, or a comparison, is 1 shown as TRUE
			kind = CompactCellStore.BOOLEAN;
			stored = number(value) != 0 ? 1 : 0;
		}
		else {
			double number = switch (type) {
				case "float", "percentage", "currency" -> number(value);
				case "date" -> date(dateValue);
				case "time" -> time(timeValue);
				default -> Double.NaN;
			};
			if (Double.isFinite(number)) {
				kind = CompactCellStore.NUMBER;
				stored = Double.doubleToRawLongBits(number);
				style = switch (type) {
					case "percentage" -> PERCENT;
					case "currency" -> CURRENCY;
					case "date" -> dateValue.indexOf('T') < 0 || number == Math.floor(number) ? DATE : DATE_TIME;
					case "time" -> TIME;
					default -> GENERAL;
				};
			}
			else if (!shown.isEmpty()) {
				// a value the file does not state readably: what the cell shows, for the checks to judge
				kind = CompactCellStore.TEXT;
				stored = text.add(shown);
			}
		}
		if (kind == 0 && spanCols <= 1 && spanRows <= 1) {
			return null;
		}
		return new Cell(col, repeat, kind, formula, stored, style, spanCols, spanRows);
	}

	private static boolean isBoolean(double number, String shown, boolean booleanStyle) {
		if (number != 0 && number != 1) {
			return false;
		}
		return booleanStyle || shown.equals(number == 1 ? "TRUE" : "FALSE");
	}

	private static double number(String value) {
		if (value == null) {
			return Double.NaN;
		}
		try {
			return Double.parseDouble(value.strip());
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

	/**
	 * A date as the serial number Excel stores; before 1900, where Excel has no dates, days since
	 * 1899-12-30 as Calc counts them (so 1899-12-29 is -1, which an .xlsx holds as a plain number).
	 */
	private static double date(String value) {
		if (value == null) {
			return Double.NaN;
		}
		try {
			String v = value.strip();
			LocalDateTime at = v.indexOf('T') < 0 ? java.time.LocalDate.parse(v).atStartOfDay()
					: LocalDateTime.parse(v.endsWith("Z") ? v.substring(0, v.length() - 1) : v);
			if (at.getYear() >= 1900) {
				return DateUtil.getExcelDate(at);
			}
			return Duration.between(CALC_EPOCH, at).toMillis() / 86_400_000d;
		}
		catch (DateTimeParseException ex) {
			return Double.NaN;
		}
	}

	/** A time (an ISO duration, PT12H30M00S) as a fraction of a day, as Excel stores it. */
	private static double time(String value) {
		if (value == null) {
			return Double.NaN;
		}
		try {
			Duration duration = Duration.parse(value.strip());
			return duration.toNanos() / 86_400e9;
		}
		catch (DateTimeParseException | ArithmeticException ex) {
			return Double.NaN;
		}
	}

	/**
	 * The text a cell shows, consumed to the cell's end: its paragraphs joined by line breaks, white
	 * space collapsed as ODF prescribes (runs of it are one space; {@code text:s} stands for the others).
	 */
	private String paragraphs() throws XMLStreamException, WorkbookReadException {
		StringBuilder shown = new StringBuilder();
		boolean first = true;
		int depth = 1;
		int paragraph = 0; // depth of the open text:p / text:h, 0 outside one
		boolean space = true; // the last character was white space, or the paragraph has just begun
		while (depth > 0) {
			int event = r.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				if (depth == paragraph) {
					paragraph = 0;
				}
				depth--;
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				if (is(OFFICE, "annotation") || is(TEXT, "ruby-text") || is(TEXT, "note")
						|| !TEXT.equals(r.getNamespaceURI()) && !is(TABLE, "table-cell")) {
					skip(); // comments, furigana, notes and drawings are not the cell's value
					continue;
				}
				depth++;
				if (paragraph == 0 && (is(TEXT, "p") || is(TEXT, "h"))) {
					if (!first) {
						shown.append('\n');
					}
					first = false;
					paragraph = depth;
					space = true;
				}
				else if (paragraph > 0 && is(TEXT, "line-break")) {
					shown.append('\n');
					space = true;
				}
				else if (paragraph > 0 && is(TEXT, "tab")) {
					shown.append('\t');
					space = true;
				}
				else if (paragraph > 0 && is(TEXT, "s")) {
					long n = count(TEXT, "c");
					spend(n / 16); // a run of spaces costs far less than a cell, but is not free
					shown.append(" ".repeat((int) Math.min(n, 32_767)));
					space = true;
				}
			}
			else if (paragraph > 0 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE)) {
				String chars = r.getText();
				for (int i = 0; i < chars.length(); i++) {
					char c = chars.charAt(i);
					boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\r';
					if (white && space) {
						continue;
					}
					shown.append(white ? ' ' : c);
					space = white;
				}
			}
		}
		return shown.toString();
	}

	/** Skips the element just opened, with everything in it. */
	private void skip() throws XMLStreamException {
		WorksheetPart.skip(r);
	}

	private boolean is(String namespace, String local) {
		return local.equals(r.getLocalName()) && namespace.equals(r.getNamespaceURI());
	}

	/** A repeat count: at least 1, whatever the file says. */
	private long count(String namespace, String attribute) {
		String value = r.getAttributeValue(namespace, attribute);
		if (value == null) {
			return 1;
		}
		try {
			return Math.max(1, Math.min(Long.parseLong(value.strip()), Integer.MAX_VALUE));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private int span(String attribute) {
		return (int) Math.min(count(TABLE, attribute), MAX_COLUMNS);
	}

}
