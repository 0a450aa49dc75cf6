package jp.reform.survey.workbook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The plain text of a shared string {@code <si>} or inline string {@code <is>}, as POI's
 * XSSFRichTextString.getString() gives it: the {@code <t>} when there are no runs, else the runs'
 * texts joined; phonetic guides ({@code <rPh>}, the furigana Japanese Excel stores) left out; and
 * {@code _xHHHH_} escapes decoded.
 */
final class RichText {

	private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

	private RichText() {
	}

	/** Reads from just after the opening {@code <si>}/{@code <is>} to its end; null when it holds no text. */
	static String read(XMLStreamReader r) throws XMLStreamException {
		String plain = null;
		StringBuilder runs = null;
		int depth = 1;
		while (depth > 0) {
			int event = r.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = r.getLocalName();
				if (depth == 1 && name.equals("t")) {
					plain = r.getElementText();
					continue;
				}
				if (depth == 1 && name.equals("r")) {
					runs = runs == null ? new StringBuilder() : runs;
					runs.append(runText(r));
					continue;
				}
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		return decode(runs != null ? runs.toString() : plain);
	}

	/** A run's {@code <t>}; POI appends "null" for a run without one, and so do we. */
	private static String runText(XMLStreamReader r) throws XMLStreamException {
		String text = null;
		int depth = 1;
		while (depth > 0) {
			int event = r.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (depth == 1 && r.getLocalName().equals("t")) {
					text = r.getElementText();
					continue;
				}
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		return String.valueOf(text);
	}

	/** POI's utfDecode: {@code _x000D_} → CR and so on. */
	static String decode(String value) {
		if (value == null || !value.contains("_x")) {
			return value;
		}
		StringBuilder buf = new StringBuilder();
		Matcher m = ESCAPE.matcher(value);
		int idx = 0;
		while (m.find()) {
			if (m.start() > idx) {
				buf.append(value, idx, m.start());
			}
			buf.append((char) Integer.parseInt(m.group(1), 16));
			idx = m.end();
		}
		if (idx == 0) {
			return value;
		}
		buf.append(value.substring(idx));
		return buf.toString();
	}

}
