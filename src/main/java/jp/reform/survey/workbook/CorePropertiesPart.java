package jp.reform.survey.workbook;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * docProps/core.xml's {@code dcterms:modified}, in Japan time as the POI path reports it. Only the
 * form Excel writes (whole seconds, UTC) is read here; any other form goes to POI's own parser.
 */
final class CorePropertiesPart {

	private static final Pattern EXCEL_FORM = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private CorePropertiesPart() {
	}

	static LocalDateTime modified(OoxmlPackage pkg, String part)
			throws IOException, XMLStreamException, UnsupportedPackageException {
		try (OoxmlPackage.Part opened = pkg.open(part)) {
			XMLStreamReader r = opened.xml();
			while (r.hasNext()) {
				if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("modified")
						&& OoxmlNames.DCTERMS.equals(r.getNamespaceURI())) {
					String type = r.getAttributeValue(OoxmlNames.XSI, "type");
					String value = r.getElementText().strip();
					if (type == null || !type.endsWith(":W3CDTF") || !EXCEL_FORM.matcher(value).matches()) {
						throw new UnsupportedPackageException("modified date in an unusual form: " + value);
					}
					try {
						return LocalDateTime.ofInstant(Instant.parse(value), JAPAN);
					}
					catch (DateTimeParseException ex) {
						throw new UnsupportedPackageException("modified date not a date: " + value, ex);
					}
				}
			}
			return null;
		}
	}

}
