package jp.reform.survey.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An OOXML package opened as a plain zip (central directory only, no OPC model): parts are found by
 * name, relationships parsed on demand, every entry inflated through {@link InflateGuard}. This is
 * what saves the ~20 ms per file POI spends building its package model.
 */
final class OoxmlPackage implements AutoCloseable {

	/** A relationship of a part: its type URI and the target part name, resolved. */
	record Relationship(String id, String type, String target) {
	}

	private final ZipFile zip;

	private final ZipLimits limits;

	private final XMLInputFactory xml;

	/** Part names are case-insensitive in OPC; Excel writes them consistently, others may not. */
	private final Map<String, ZipEntry> entries = new HashMap<>();

	OoxmlPackage(Path file, ZipLimits limits, XMLInputFactory xml) throws IOException, UnsupportedPackageException {
		this.zip = new ZipFile(file.toFile());
		this.limits = limits;
		this.xml = xml;
		try {
			if (zip.size() > limits.maxEntries()) {
				throw new UnsupportedPackageException("zip holds " + zip.size() + " entries, more than " + limits.maxEntries());
			}
			for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
				ZipEntry entry = e.nextElement();
				if (entry.getSize() > limits.maxEntrySize()) {
					throw new UnsupportedPackageException("zip entry " + entry.getName() + " is too large");
				}
				entries.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry);
			}
		}
		catch (UnsupportedPackageException | RuntimeException ex) {
			zip.close();
			throw ex;
		}
	}

	boolean has(String part) {
		return part != null && entries.containsKey(part.toLowerCase(Locale.ROOT));
	}

	/** A StAX reader over the part; the caller closes it (which closes the entry stream). */
	XMLStreamReader open(String part) throws IOException, XMLStreamException {
		ZipEntry entry = entries.get(part.toLowerCase(Locale.ROOT));
		if (entry == null) {
			throw new IOException("missing part " + part);
		}
		InputStream in = new BufferedInputStream(
				new InflateGuard(zip.getInputStream(entry), entry.getName(), entry.getCompressedSize(), limits), 16 * 1024);
		XMLStreamReader reader = xml.createXMLStreamReader(in);
		return new ClosingStreamReader(reader, in);
	}

	/** The relationships of {@code part} (empty when it has none), targets resolved against it. */
	List<Relationship> relationships(String part) throws IOException, XMLStreamException {
		int slash = part.lastIndexOf('/');
		String dir = slash < 0 ? "" : part.substring(0, slash + 1);
		String relsPart = dir + "_rels/" + part.substring(slash + 1) + ".rels";
		List<Relationship> rels = new ArrayList<>();
		if (!has(relsPart)) {
			return rels;
		}
		XMLStreamReader r = open(relsPart);
		try {
			while (r.hasNext()) {
				if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
					if ("External".equals(r.getAttributeValue(null, "TargetMode"))) {
						continue;
					}
					rels.add(new Relationship(r.getAttributeValue(null, "Id"), r.getAttributeValue(null, "Type"),
							resolve(dir, r.getAttributeValue(null, "Target"))));
				}
			}
		}
		finally {
			r.close();
		}
		return rels;
	}

	static String resolve(String dir, String target) {
		if (target == null) {
			return null;
		}
		String path = target.startsWith("/") ? target.substring(1) : dir + target;
		List<String> segments = new ArrayList<>();
		for (String segment : path.split("/")) {
			if (segment.equals("..")) {
				if (!segments.isEmpty()) {
					segments.remove(segments.size() - 1);
				}
			}
			else if (!segment.isEmpty() && !segment.equals(".")) {
				segments.add(segment);
			}
		}
		return String.join("/", segments);
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}

}
