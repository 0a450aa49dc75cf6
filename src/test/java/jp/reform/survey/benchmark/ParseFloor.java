package jp.reform.survey.benchmark;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import jp.reform.survey.workbook.SecureXml;

/**
 * The parse floor: unzip each .xlsx/.xlsm and pull every StAX event of its sheet XML and shared
 * strings (of an .ods, its content.xml) — the least any reader must do to see every cell — keeping nothing. By default with the
 * product reader's own StAX parser and settings ({@link SecureXml}), so the floor moves with the
 * parser; {@link #jdk()} gives the same pass with the JDK's built-in parser, for reference. Counts
 * the {@code <c>} elements ({@code <table:table-cell>} of an .ods).
 */
final class ParseFloor {

	private final XMLInputFactory factory;

	ParseFloor() {
		this(SecureXml.newFactory());
	}

	private ParseFloor(XMLInputFactory factory) {
		this.factory = factory;
	}

	/** The same pass with the JDK's built-in StAX parser, no DTDs or external entities. */
	static ParseFloor jdk() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return new ParseFloor(factory);
	}

	/** @return the number of cell elements in the file's sheets */
	long pass(Path file) throws Exception {
		long cells = 0;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
				ZipEntry entry = e.nextElement();
				String name = entry.getName();
				boolean ods = name.equals("content.xml");
				boolean sheet = ods || name.startsWith("xl/worksheets/") && name.endsWith(".xml");
				String cell = ods ? "table-cell" : "c";
				if (!sheet && !name.equals("xl/sharedStrings.xml")) {
					continue;
				}
				try (InputStream in = new BufferedInputStream(zip.getInputStream(entry), 16 * 1024)) {
					XMLStreamReader r = factory.createXMLStreamReader(in);
					while (r.hasNext()) {
						if (r.next() == XMLStreamConstants.START_ELEMENT && sheet && r.getLocalName().equals(cell)) {
							cells++;
						}
					}
					r.close();
				}
			}
		}
		return cells;
	}

}
