package jp.reform.survey.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
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

	/** Runs read-ahead inflation of large parts; null to read everything on the caller's thread. */
	private final ExecutorService helper;

	/** Parts larger than this are inflated a few chunks ahead on the helper. */
	private final long readAheadSize;

	/** The package check applied while reading, or null when the package is read unchecked. */
	private final PackageAudit audit;

	/** Part names are case-insensitive in OPC; Excel writes them consistently, others may not. */
	private Map<String, ZipEntry> byLowerCaseName;

	OoxmlPackage(Path file, ZipLimits limits, XMLInputFactory xml, ExecutorService helper, long readAheadSize)
			throws IOException, UnsupportedPackageException {
		this(file, limits, xml, helper, readAheadSize, null);
	}

	/** With {@code audit} non-null, every part is read under its rules (see {@link #finishAudit()}). */
	OoxmlPackage(Path file, ZipLimits limits, XMLInputFactory xml, ExecutorService helper, long readAheadSize,
			PackageAudit audit) throws IOException, UnsupportedPackageException {
		this.zip = new ZipFile(file.toFile());
		this.limits = limits;
		this.xml = xml;
		this.helper = helper;
		this.readAheadSize = readAheadSize;
		this.audit = audit;
		try {
			if (zip.size() > limits.maxEntries()) {
				throw new UnsupportedPackageException(
						"zip holds " + zip.size() + " entries, more than " + limits.maxEntries());
			}
			if (audit != null) {
				audit.checkEntries(Collections.list(zip.entries()), this.limits);
			}
		}
		catch (UnsupportedPackageException | RuntimeException ex) {
			zip.close();
			throw ex;
		}
	}

	/** Uncompressed size of a part as the zip declares it (-1 when unknown or absent). */
	long size(String part) {
		ZipEntry entry = entry(part);
		return entry == null ? -1 : entry.getSize();
	}

	boolean has(String part) {
		return part != null && entry(part) != null;
	}

	/**
	 * An open part: its StAX reader and the entry stream under it, closed together. Under an audit,
	 * closing first reads what the caller left (see {@link AuditedXmlReader#finish()}) and inflates
	 * the entry to its end, then records it as audited.
	 */
	final class Part implements AutoCloseable {

		private final XMLStreamReader xml;

		private final InputStream in;

		private final InflateGuard inflated;

		private final String entry;

		private Part(XMLStreamReader xml, InputStream in, InflateGuard inflated, String entry) {
			this.xml = xml;
			this.in = in;
			this.inflated = inflated;
			this.entry = entry;
		}

		XMLStreamReader xml() {
			return xml;
		}

		@Override
		public void close() throws IOException, XMLStreamException {
			try {
				if (xml instanceof AuditedXmlReader audited) {
					audited.finish();
					if (!inflated.ended()) {
						// The parser closes the stream once it has read to the end, so only a part
						// left early has anything to drain.
						inflated.transferTo(OutputStream.nullOutputStream());
					}
					audit.finished(entry);
				}
			}
			finally {
				try {
					xml.close(); // lets the parser give back its buffers for the next part
				}
				finally {
					in.close();
				}
			}
		}

	}

	Part open(String part) throws IOException, XMLStreamException {
		ZipEntry entry = entry(part);
		if (entry == null) {
			throw new IOException("missing part " + part);
		}
		if (entry.getSize() > limits.maxEntrySize()) {
			throw new IOException("zip entry " + entry.getName() + " is too large");
		}
		// No BufferedInputStream: the XML scanner reads in blocks of its own.
		InflateGuard inflated = new InflateGuard(zip.getInputStream(entry), entry.getName(), entry.getCompressedSize(),
				limits);
		InputStream in = inflated;
		if (helper != null && entry.getSize() > readAheadSize) {
			in = new ReadAheadInputStream(in, helper);
		}
		try {
			XMLStreamReader reader = xml.createXMLStreamReader(in);
			return new Part(audit == null ? reader : audit.watch(reader, entry.getName()), in, inflated, entry.getName());
		}
		catch (XMLStreamException | RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

	/**
	 * Under an audit, once the reader is done: every entry it did not read is inflated to its end,
	 * an XML one parsed past its prolog (a worksheet to its end), as the full check would.
	 * @throws UnsupportedPackageException (or any other failure) when the audit cannot clear the package
	 */
	void finishAudit() throws IOException, XMLStreamException, UnsupportedPackageException {
		if (audit == null) {
			return;
		}
		for (ZipEntry entry : Collections.list(zip.entries())) {
			if (audit.isFinished(entry.getName())) {
				continue;
			}
			if (PackageAudit.isXml(entry.getName())) {
				open(entry.getName()).close();
			}
			else {
				try (InputStream in = new InflateGuard(zip.getInputStream(entry), entry.getName(),
						entry.getCompressedSize(), limits)) {
					in.transferTo(OutputStream.nullOutputStream());
				}
			}
		}
	}

	private ZipEntry entry(String part) {
		ZipEntry exact = zip.getEntry(part);
		if (exact != null) {
			return exact;
		}
		if (byLowerCaseName == null) {
			byLowerCaseName = new HashMap<>();
			for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
				ZipEntry entry = e.nextElement();
				byLowerCaseName.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry);
			}
		}
		return byLowerCaseName.get(part.toLowerCase(Locale.ROOT));
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
		try (OoxmlPackage.Part opened = open(relsPart)) {
			XMLStreamReader r = opened.xml();
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
