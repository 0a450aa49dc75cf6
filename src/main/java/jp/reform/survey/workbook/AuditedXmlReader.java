package jp.reform.survey.workbook;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * A part's StAX reader that applies {@link OoxmlPackageCheck}'s XML rules while the streaming reader
 * pulls its events, so the check needs no second parse: a DOCTYPE anywhere is a doubt, and in a
 * worksheet-named part every {@code <row>} after the root is counted and a {@code <dimension>}
 * beyond the row limit is a doubt. A doubt is an {@link XMLStreamException}; the caller then leaves
 * the verdict to the full check.
 */
final class AuditedXmlReader extends StreamReaderDelegate {

	private final String part;

	private final int maxRows;

	private final boolean worksheet;

	private boolean rootSeen;

	private long rows;

	AuditedXmlReader(XMLStreamReader reader, String part, int maxRows) {
		super(reader);
		this.part = part;
		this.maxRows = maxRows;
		this.worksheet = OoxmlPackageCheck.isWorksheet(part);
	}

	@Override
	public int next() throws XMLStreamException {
		int event = super.next();
		if (event == XMLStreamConstants.DTD) {
			throw new XMLStreamException("DOCTYPE in " + part);
		}
		if (event == XMLStreamConstants.START_ELEMENT && worksheet) {
			if (!rootSeen) {
				rootSeen = true;
			}
			else if (getLocalName().equals("row") && ++rows > maxRows) {
				throw new XMLStreamException("more than " + maxRows + " rows in " + part);
			}
			else if (getLocalName().equals("dimension")
					&& OoxmlPackageCheck.declaresTooManyRows(getAttributeValue(null, "ref"), maxRows)) {
				throw new XMLStreamException("dimension beyond " + maxRows + " rows in " + part);
			}
		}
		return event;
	}

	/** As StAX's nextTag, but through {@link #next()} so that no event escapes the rules. */
	@Override
	public int nextTag() throws XMLStreamException {
		int event = next();
		while ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && isWhiteSpace()
				|| event == XMLStreamConstants.SPACE || event == XMLStreamConstants.PROCESSING_INSTRUCTION
				|| event == XMLStreamConstants.COMMENT) {
			event = next();
		}
		if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
			throw new XMLStreamException("expected a start or end tag in " + part, getLocation());
		}
		return event;
	}

	/**
	 * Pulls what the reader left unread, to the end of the document: a worksheet's rows must all be
	 * counted; other parts are parsed further than the full check looks (it stops after the
	 * prolog), which can only add doubts.
	 */
	void finish() throws XMLStreamException {
		while (hasNext()) {
			next();
		}
	}

}
