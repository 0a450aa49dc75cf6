package jp.reform.survey.workbook;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/** StAX's close() leaves the underlying stream open; this closes the zip entry too. */
final class ClosingStreamReader extends StreamReaderDelegate {

	private final InputStream in;

	ClosingStreamReader(XMLStreamReader reader, InputStream in) {
		super(reader);
		this.in = in;
	}

	@Override
	public void close() throws XMLStreamException {
		try {
			super.close();
		}
		finally {
			try {
				in.close();
			}
			catch (IOException ex) {
				throw new XMLStreamException(ex);
			}
		}
	}

}
