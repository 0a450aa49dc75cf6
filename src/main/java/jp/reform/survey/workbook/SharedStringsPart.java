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
			while (r.hasNext()) {
				if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
					pool.add(RichText.read(r));
					count++;
				}
			}
		}
		return count;
	}

}
