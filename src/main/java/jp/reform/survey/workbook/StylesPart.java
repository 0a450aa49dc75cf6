package jp.reform.survey.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * xl/styles.xml reduced to what the grid needs: the number format of each cell style (cellXfs),
 * resolved as POI's XSSFDataFormat does: the workbook's own numFmts first, then Excel's built-ins.
 */
final class StylesPart {

	private StylesPart() {
	}

	static List<CellFormat> read(OoxmlPackage pkg, String part) throws IOException, XMLStreamException {
		Map<Short, String> custom = new HashMap<>();
		List<Long> xfFormats = new ArrayList<>();
		try (OoxmlPackage.Part opened = pkg.open(part)) {
			XMLStreamReader r = opened.xml();
			boolean inCellXfs = false;
			boolean inNumFmts = false;
			int depth = 0;
			while (r.hasNext()) {
				int event = r.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
					String name = r.getLocalName();
					if (inNumFmts && depth == 3 && name.equals("numFmt")) {
						custom.put((short) Long.parseLong(r.getAttributeValue(null, "numFmtId")),
								r.getAttributeValue(null, "formatCode"));
					}
					else if (depth == 2 && name.equals("cellXfs")) {
						inCellXfs = true;
					}
					else if (depth == 2 && name.equals("numFmts")) {
						inNumFmts = true;
					}
					else if (inCellXfs && depth == 3 && name.equals("xf")) {
						String id = r.getAttributeValue(null, "numFmtId");
						xfFormats.add(id == null ? 0L : Long.parseLong(id));
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					if (depth == 2) {
						inCellXfs = false;
						inNumFmts = false;
					}
					depth--;
				}
			}
		}
		List<CellFormat> formats = new ArrayList<>(xfFormats.size());
		Map<Short, CellFormat> byId = new HashMap<>();
		for (long id : xfFormats) {
			short index = (short) id;
			formats.add(byId.computeIfAbsent(index, i -> {
				String code = custom.get(i);
				return CellFormat.of(i, code != null ? code : BuiltinFormats.getBuiltinFormat(i));
			}));
		}
		return formats;
	}

}
