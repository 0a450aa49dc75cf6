package jp.reform.survey.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads legacy .xls with POI's HSSF event API: records stream past once and cells go straight
 * into compact grids, so memory stays bounded by the cells themselves rather than by POI's object
 * model (which needs ~200 MB for one full 65,536 × 10 sheet). Produces what {@link PoiWorkbookReader}
 * produces; records it does not reproduce exactly raise {@link UnsupportedPackageException} and
 * the caller asks POI's user model.
 */
final class XlsWorkbookReader {

	WorkbookGrid read(Path file) throws UnsupportedPackageException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			Collector collector = new Collector();
			HSSFRequest request = new HSSFRequest();
			request.addListenerForAllRecords(collector);
			new HSSFEventFactory().processWorkbookEvents(request, fs);
			return collector.grid(file.getFileName().toString());
		}
		catch (IOException | RuntimeException ex) {
			Throwable cause = ex instanceof Collector.Unsupported u ? u.getCause() : ex;
			throw new UnsupportedPackageException(ex.getClass().getSimpleName() + ": " + ex.getMessage(), cause);
		}
	}

	/** Follows the record stream: workbook globals first, then one substream per sheet. */
	private static final class Collector implements HSSFListener {

		/** The listener interface cannot throw checked exceptions; this carries "ask POI" out. */
		private static final class Unsupported extends RuntimeException {

			Unsupported(String message) {
				super(message);
			}

		}

		private record SheetEntry(String name, boolean hidden, int bofPosition) {
		}

		private final List<SheetEntry> entries = new ArrayList<>();

		private final Map<Integer, String> customFormats = new HashMap<>();

		private final List<Short> xfFormats = new ArrayList<>();

		private final WorkbookText text = new WorkbookText(new TextPool());

		private final List<SheetGrid> sheets = new ArrayList<>();

		private SSTRecord sst;

		private boolean date1904;

		private WorkbookFormats formats;

		private CompactCellStore cells;

		private List<MergedRange> merged;

		private int depth;

		/** A formula whose string result follows in a StringRecord. */
		private FormulaRecord pendingString;

		@Override
		public void processRecord(Record record) {
			if (pendingString != null && !(record instanceof StringRecord)) {
				// no StringRecord: POI reads the cached string as ""
				add(pendingString.getRow(), pendingString.getColumn(), CompactCellStore.TEXT, true, text.add(""),
						pendingString.getXFIndex());
				pendingString = null;
			}
			if (record instanceof BOFRecord bof) {
				begin(bof);
			}
			else if (record instanceof EOFRecord) {
				end();
			}
			else if (depth == 1 && cells == null) {
				global(record);
			}
			else if (depth == 1) {
				cell(record);
			}
		}

		private void begin(BOFRecord bof) {
			depth++;
			if (depth == 1 && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
				if (formats == null) {
					formats = formats();
				}
				cells = new CompactCellStore(text, formats, 1024);
				merged = new ArrayList<>();
			}
			else if (depth == 1 && bof.getType() != BOFRecord.TYPE_WORKBOOK) {
				throw new Unsupported("sheet substream of type " + bof.getType());
			}
		}

		private void end() {
			if (depth == 1 && cells != null) {
				int index = sheets.size();
				if (index >= entries.size()) {
					throw new Unsupported("more sheets than sheet names");
				}
				cells.trim();
				SheetGrid grid = new SheetGrid(entries.get(index).name(), entries.get(index).hidden(), cells);
				merged.forEach(grid::addMerged);
				sheets.add(grid);
				cells = null;
			}
			depth--;
		}

		private void global(Record record) {
			if (record instanceof BoundSheetRecord sheet) {
				entries.add(new SheetEntry(sheet.getSheetname(), sheet.isHidden() || sheet.isVeryHidden(),
						sheet.getPositionOfBof()));
			}
			else if (record instanceof SSTRecord table) {
				sst = table;
			}
			else if (record instanceof FormatRecord format) {
				customFormats.put(format.getIndexCode(), format.getFormatString());
			}
			else if (record instanceof ExtendedFormatRecord xf) {
				xfFormats.add(xf.getFormatIndex());
			}
			else if (record instanceof DateWindow1904Record window) {
				date1904 = window.getWindowing() == 1;
			}
		}

		private void cell(Record record) {
			if (record instanceof NumberRecord n) {
				add(n.getRow(), n.getColumn(), CompactCellStore.NUMBER, false, Double.doubleToRawLongBits(n.getValue()),
						n.getXFIndex());
			}
			else if (record instanceof LabelSSTRecord label) {
				add(label.getRow(), label.getColumn(), CompactCellStore.TEXT, false,
						text.add(sst.getString(label.getSSTIndex()).getString()), label.getXFIndex());
			}
			else if (record instanceof LabelRecord label) {
				add(label.getRow(), label.getColumn(), CompactCellStore.TEXT, false, text.add(label.getValue()),
						label.getXFIndex());
			}
			else if (record instanceof BoolErrRecord b) {
				if (b.isBoolean()) {
					add(b.getRow(), b.getColumn(), CompactCellStore.BOOLEAN, false, b.getBooleanValue() ? 1 : 0,
							b.getXFIndex());
				}
				else {
					add(b.getRow(), b.getColumn(), CompactCellStore.ERROR, false, text.add(error(b.getErrorValue())),
							b.getXFIndex());
				}
			}
			else if (record instanceof FormulaRecord f) {
				formula(f);
			}
			else if (record instanceof StringRecord s && pendingString != null) {
				add(pendingString.getRow(), pendingString.getColumn(), CompactCellStore.TEXT, true, text.add(s.getString()),
						pendingString.getXFIndex());
				pendingString = null;
			}
			else if (record instanceof MergeCellsRecord m) {
				for (int i = 0; i < m.getNumAreas(); i++) {
					CellRangeAddress a = m.getAreaAt(i);
					merged.add(new MergedRange(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()));
				}
			}
		}

		private void formula(FormulaRecord f) {
			CellType type = f.getCachedResultTypeEnum();
			switch (type) {
				case NUMERIC -> add(f.getRow(), f.getColumn(), CompactCellStore.NUMBER, true,
						Double.doubleToRawLongBits(f.getValue()), f.getXFIndex());
				case STRING -> {
					if (f.hasCachedResultString()) {
						pendingString = f;
					}
					else {
						add(f.getRow(), f.getColumn(), CompactCellStore.TEXT, true, text.add(""), f.getXFIndex());
					}
				}
				case BOOLEAN -> add(f.getRow(), f.getColumn(), CompactCellStore.BOOLEAN, true,
						f.getCachedBooleanValue() ? 1 : 0, f.getXFIndex());
				case ERROR -> add(f.getRow(), f.getColumn(), CompactCellStore.ERROR, true,
						text.add(error((byte) f.getCachedErrorValue())), f.getXFIndex());
				default -> throw new Unsupported("formula result of type " + type);
			}
		}

		private void add(int row, int col, byte kind, boolean formula, long value, short xf) {
			int style = xf & 0xffff;
			if (style >= xfFormats.size()) {
				throw new Unsupported("cell style " + style + " not defined");
			}
			cells.add(row, col, kind, formula, value, style);
		}

		private static String error(byte code) {
			try {
				return FormulaError.forInt(code).getString();
			}
			catch (IllegalArgumentException ex) {
				return "#ERROR"; // as PoiWorkbookReader
			}
		}

		/** Number formats by style, resolved as HSSFDataFormat does: the workbook's own, then built-ins. */
		private WorkbookFormats formats() {
			String[] builtins = BuiltinFormats.getAll();
			List<CellFormat> list = new ArrayList<>(xfFormats.size());
			for (short index : xfFormats) {
				String code;
				if (index == -1) {
					code = "General";
				}
				else if (index < 0) {
					throw new Unsupported("format index " + index);
				}
				else {
					String own = customFormats.get((int) index);
					code = index < builtins.length && builtins[index] != null && own == null ? builtins[index] : own;
				}
				list.add(CellFormat.of(index, code));
			}
			return new WorkbookFormats(list, date1904);
		}

		WorkbookGrid grid(String fileName) {
			if (sheets.size() != entries.size()) {
				throw new Unsupported(entries.size() + " sheet names but " + sheets.size() + " sheets");
			}
			for (int i = 1; i < entries.size(); i++) {
				if (entries.get(i).bofPosition() < entries.get(i - 1).bofPosition()) {
					throw new Unsupported("sheets stored out of order");
				}
			}
			// POI's user model reads no document dates from .xls into the grid, so neither does this.
			return new WorkbookGrid(fileName, sheets, null);
		}

	}

}
