package jp.reform.survey.workbook;

import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The sheet names of an .xlsx package, from xl/workbook.xml (name → relationship id) and its
 * relationships (id → part), so a message names the tab a person sees, not a part file.
 */
final class SheetNames {

	/** Refuses a part's DOCTYPE while the names are read. */
	interface DoctypeGuard {

		void check(int event, String part) throws WorkbookReadException;

	}

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private final Map<String, String> nameById = new HashMap<>();

	private final Map<String, String> partById = new HashMap<>();

	void read(XMLStreamReader reader, String part, DoctypeGuard guard) throws XMLStreamException, WorkbookReadException {
		boolean rels = part.endsWith(".rels");
		while (reader.hasNext()) {
			int event = reader.next();
			guard.check(event, part);
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			if (rels && reader.getLocalName().equals("Relationship")) {
				partById.put(reader.getAttributeValue(null, "Id"), reader.getAttributeValue(null, "Target"));
			}
			else if (!rels && reader.getLocalName().equals("sheet")) {
				nameById.put(reader.getAttributeValue(RELATIONSHIPS, "id"), reader.getAttributeValue(null, "name"));
			}
		}
	}

	/** The tab name of a worksheet part, or the part's file name when the workbook does not say. */
	String of(String partName) {
		String file = partName.substring(partName.lastIndexOf('/') + 1);
		for (Map.Entry<String, String> rel : partById.entrySet()) {
			String target = rel.getValue();
			if (target != null && (target.equals(file) || target.endsWith("/" + file)) && nameById.containsKey(rel.getKey())) {
				return nameById.get(rel.getKey());
			}
		}
		return file;
	}

}
