package jp.reform.survey.workbook;

import java.io.IOException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** xl/sharedStrings.xml, streamed into the workbook's {@link TextPool}: entry i becomes pool index i. */
final class SharedStringsPart {

	private SharedStringsPart() {
	}

	/** @return how many shared strings there are */
	static int read(OoxmlPackage pkg, String part, TextPool pool) throws IOException, XMLStreamException {
		int count = 0;
		try (OoxmlPackage.Part opened = pkg.open(part)) {
			XMLStreamReader r = opened.xml();
			long size = pkg.size(part);
			while (r.hasNext()) {
				if (r.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				if (r.getLocalName().equals("si")) {
					pool.add(RichText.read(r));
					count++;
				}
				else if (r.getLocalName().equals("sst") && size > 0) {
					// Sized once from the declared count and the part's bytes (Japanese text is three
					// bytes a character in UTF-8) instead of growing step by step.
					pool.expect(declared(r.getAttributeValue(null, "uniqueCount"), size), size / 3);
				}
			}
		}
		return count;
	}

	/** The declared number of entries, never more than the part could hold (7 bytes each at least). */
	private static int declared(String uniqueCount, long size) {
		try {
			return (int) Math.min(Long.parseLong(uniqueCount), size / 7);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
