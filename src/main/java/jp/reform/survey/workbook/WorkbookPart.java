package jp.reform.survey.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** xl/workbook.xml: the sheets in tab order with their visibility, and the date system. */
record WorkbookPart(List<SheetEntry> sheets, boolean date1904) {

	/** One {@code <sheet>}: name, relationship id, and whether it is hidden or very hidden. */
	record SheetEntry(String name, String relationshipId, boolean hidden) {
	}

	static WorkbookPart read(OoxmlPackage pkg, String part)
			throws IOException, XMLStreamException, UnsupportedPackageException {
		List<SheetEntry> sheets = new ArrayList<>();
		boolean date1904 = false;
		try (OoxmlPackage.Part opened = pkg.open(part)) {
			XMLStreamReader r = opened.xml();
			r.nextTag();
			if (!OoxmlNames.MAIN.equals(r.getNamespaceURI()) || !r.getLocalName().equals("workbook")) {
				throw new UnsupportedPackageException("not a transitional SpreadsheetML workbook: " + r.getName());
			}
			while (r.hasNext()) {
				if (r.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				switch (r.getLocalName()) {
					case "workbookPr" -> date1904 = xsdTrue(r.getAttributeValue(null, "date1904"));
					case "sheet" -> {
						String state = r.getAttributeValue(null, "state");
						sheets.add(new SheetEntry(r.getAttributeValue(null, "name"),
								r.getAttributeValue(OoxmlNames.RELATIONSHIPS, "id"),
								"hidden".equals(state) || "veryHidden".equals(state)));
					}
					default -> {
					}
				}
			}
		}
		return new WorkbookPart(sheets, date1904);
	}

	static boolean xsdTrue(String value) {
		return "1".equals(value) || "true".equals(value);
	}

}
