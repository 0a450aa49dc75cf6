package jp.reform.survey.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an OpenDocument spreadsheet (.ods, what LibreOffice Calc saves) into the same neutral grid
 * as an .xlsx, with the OOXML reader's approach and guards rather than a library: the package is
 * a zip opened by its central directory; every entry is inflated through {@link InflateGuard}
 * (POI's zip-bomb limits) and every XML part parsed with {@link SecureXml} (a DOCTYPE refuses the
 * file); content.xml is streamed once with StAX by {@link OdsContentPart} into compact grids, in
 * memory proportional to the cells that hold something. A file encrypted with a password (its
 * manifest declares encryption data) is refused with the same reason as an encrypted .xlsx.
 * Thread-safe.
 *
 * <p>Why not a library: odfdom loads content.xml into a DOM and SODS into objects per cell; on
 * the benchmark's large sheet both need several times the 256 MB heap this reads it in (see the
 * README's benchmark).
 */
final class OdsWorkbookReader {

	static final String CONTENT = "content.xml";

	static final String APPLICATION = "LibreOffice Calc などの表計算ソフト";

	private static final String MANIFEST = "META-INF/manifest.xml";

	private static final String META = "meta.xml";

	private static final String MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

	private static final String DC = "http://purl.org/dc/elements/1.1/";

	private static final String SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private final ZipLimits zipLimits;

	private final WorkbookLimits limits;

	private final XMLInputFactory xml = SecureXml.newFactory();

	OdsWorkbookReader(ZipLimits zipLimits, WorkbookLimits limits) {
		this.zipLimits = zipLimits;
		this.limits = limits;
	}

	WorkbookGrid read(Path file) throws WorkbookReadException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			List<? extends ZipEntry> entries = Collections.list(zip.entries());
			checkEntries(entries);
			ZipEntry manifest = zip.getEntry(MANIFEST);
			ZipEntry content = zip.getEntry(CONTENT);
			if (manifest == null || content == null) {
				throw new WorkbookReadException("OpenDocument のファイルとして必要な部品（" + (manifest == null ? MANIFEST : CONTENT)
						+ "）がありません。" + APPLICATION + "で開けることを確かめて保存し直し、再提出してください。");
			}
			checkManifest(zip, manifest);
			LocalDateTime modified = null;
			List<SheetGrid> sheets = null;
			for (ZipEntry entry : entries) {
				if (entry.getName().equals(CONTENT)) {
					sheets = parse(zip, entry, r -> OdsContentPart.read(r, limits));
				}
				else if (entry.getName().equals(META)) {
					modified = modified(zip, entry);
				}
				else if (!entry.getName().equals(MANIFEST)) {
					inspect(zip, entry);
				}
			}
			return new WorkbookGrid(file.getFileName().toString(), sheets, modified);
		}
		catch (WorkbookReadException ex) {
			throw ex;
		}
		catch (AccessDeniedException ex) {
			throw Refusals.unreadable(ex);
		}
		catch (InflateGuard.Exceeded ex) {
			throw Refusals.zipBomb(ex);
		}
		catch (IOException ex) {
			throw Refusals.damaged(APPLICATION, ex);
		}
		catch (XMLStreamException ex) {
			if (ex.getCause() instanceof InflateGuard.Exceeded bomb) {
				throw Refusals.zipBomb(bomb);
			}
			if (ex.getCause() instanceof IOException io) {
				throw Refusals.damaged(APPLICATION, io);
			}
			throw new WorkbookReadException("ファイルの中のXMLが壊れています（" + ex.getClass().getSimpleName() + "）。" + APPLICATION
					+ "で開けることを確かめて再提出してください。", ex);
		}
	}

	/** The central directory: not too many entries, none twice (which copy would count?), none larger than allowed. */
	private void checkEntries(List<? extends ZipEntry> entries) throws IOException {
		if (entries.size() > zipLimits.maxEntries()) {
			throw new InflateGuard.Exceeded("zip holds " + entries.size() + " entries, more than " + zipLimits.maxEntries());
		}
		Set<String> names = new HashSet<>();
		for (ZipEntry entry : entries) {
			if (!names.add(entry.getName())) {
				throw new ZipException("entry " + entry.getName() + " twice");
			}
			if (entry.getSize() > zipLimits.maxEntrySize()) {
				throw new InflateGuard.Exceeded("zip entry " + entry.getName() + " is too large");
			}
		}
	}

	/** An encrypted entry (a password-protected file) is refused; so is a document that is not a spreadsheet. */
	private void checkManifest(ZipFile zip, ZipEntry entry) throws IOException, XMLStreamException, WorkbookReadException {
		parse(zip, entry, r -> {
			while (r.hasNext()) {
				int event = r.next();
				refuseDoctype(event, entry);
				if (event != XMLStreamConstants.START_ELEMENT || !MANIFEST_NS.equals(r.getNamespaceURI())) {
					continue;
				}
				if (r.getLocalName().equals("encryption-data")) {
					throw Refusals.encrypted(null);
				}
				if (r.getLocalName().equals("file-entry") && "/".equals(r.getAttributeValue(MANIFEST_NS, "full-path"))) {
					String type = r.getAttributeValue(MANIFEST_NS, "media-type");
					if (type != null && !type.startsWith(SPREADSHEET)) {
						throw new WorkbookReadException("OpenDocument の表計算ファイル（.ods）ではありません（" + type + "）。"
								+ "調査票のファイルを再提出してください。");
					}
				}
			}
			return null;
		});
	}

	/** meta.xml's dc:date (when the file was last saved); LibreOffice writes it in local time. */
	private LocalDateTime modified(ZipFile zip, ZipEntry entry) throws IOException, XMLStreamException, WorkbookReadException {
		return parse(zip, entry, r -> {
			LocalDateTime modified = null;
			while (r.hasNext()) {
				int event = r.next();
				refuseDoctype(event, entry);
				if (event == XMLStreamConstants.START_ELEMENT && modified == null && r.getLocalName().equals("date")
						&& DC.equals(r.getNamespaceURI())) {
					modified = dateTime(r.getElementText());
				}
			}
			return modified;
		});
	}

	static LocalDateTime dateTime(String text) {
		String value = text.strip();
		try {
			boolean zoned = value.endsWith("Z") || value.matches(".*T.*[+-]\\d\\d:\\d\\d$");
			return zoned ? OffsetDateTime.parse(value).atZoneSameInstant(JAPAN).toLocalDateTime()
					: LocalDateTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null; // only informative: a form's 提出日 comes from its cover sheet
		}
	}

	/**
	 * Any other entry: an XML one is parsed past its prolog (no DOCTYPE); every one is inflated to
	 * its end through the guard, as the OOXML check does.
	 */
	private void inspect(ZipFile zip, ZipEntry entry) throws IOException, XMLStreamException, WorkbookReadException {
		String name = entry.getName().toLowerCase(Locale.ROOT);
		if (!name.endsWith(".xml") && !name.endsWith(".rdf")) {
			try (InputStream in = open(zip, entry)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			return;
		}
		parse(zip, entry, r -> {
			while (r.hasNext()) {
				int event = r.next();
				refuseDoctype(event, entry);
				if (event == XMLStreamConstants.START_ELEMENT) {
					break;
				}
			}
			return null;
		});
	}

	@FunctionalInterface
	private interface Parse<T> {

		T parse(XMLStreamReader reader) throws XMLStreamException, WorkbookReadException;

	}

	/** Parses an entry with the secure factory; whatever the parse leaves is still inflated through the guard. */
	private <T> T parse(ZipFile zip, ZipEntry entry, Parse<T> parse)
			throws IOException, XMLStreamException, WorkbookReadException {
		try (InputStream in = open(zip, entry)) {
			XMLStreamReader r = xml.createXMLStreamReader(in);
			try {
				T result = parse.parse(r);
				in.transferTo(OutputStream.nullOutputStream());
				return result;
			}
			finally {
				r.close();
			}
		}
	}

	private InputStream open(ZipFile zip, ZipEntry entry) throws IOException {
		return new InflateGuard(zip.getInputStream(entry), entry.getName(), entry.getCompressedSize(), zipLimits);
	}

	private static void refuseDoctype(int event, ZipEntry entry) throws WorkbookReadException {
		if (event == XMLStreamConstants.DTD) {
			throw Refusals.doctype(entry.getName(), APPLICATION);
		}
	}

}
