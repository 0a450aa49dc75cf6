package jp.reform.survey.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Walks an .xlsx/.xlsm package with streaming reads before POI's user model loads it, so that what
 * would exhaust memory or smuggle something in is refused with a plain reason:
 * <ul>
 * <li>every entry is read through POI's {@link ZipSecureFile}, whose default inflation-ratio and
 * entry-size guards stop a zip bomb after a few hundred kilobytes (the guards are POI's, untouched);</li>
 * <li>an XML part carrying a DOCTYPE (the vehicle of external-entity/XXE payloads) is refused;
 * survey workbooks never have one;</li>
 * <li>links to other workbooks (xl/externalLinks) are refused: their values are copies from a file
 * we cannot see, possibly stale;</li>
 * <li>a worksheet with more rows than {@link WorkbookLimits#maxRowsPerSheet()} is refused, counted
 * with StAX in constant memory.</li>
 * </ul>
 */
final class OoxmlPackageCheck {

	private static final Pattern DIMENSION_LAST_ROW = Pattern.compile("[A-Z]*(\\d+)$");

	private final WorkbookLimits limits;

	private final XMLInputFactory xml;

	OoxmlPackageCheck(WorkbookLimits limits) {
		this.limits = limits;
		// The reader's own parser and settings: never resolve anything; a DOCTYPE is itself a reason to refuse.
		this.xml = SecureXml.newFactory();
	}

	void check(Path file) throws WorkbookReadException {
		try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
			// Worksheets last, so the workbook part has given their sheet names for the messages.
			List<ZipArchiveEntry> worksheets = new ArrayList<>();
			SheetNames names = new SheetNames();
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				if (isWorksheet(entry)) {
					worksheets.add(entry);
				}
				else {
					checkEntry(zip, entry, names);
				}
			}
			for (ZipArchiveEntry entry : worksheets) {
				checkEntry(zip, entry, names);
			}
		}
		catch (WorkbookReadException ex) {
			throw ex;
		}
		catch (IOException ex) {
			if (isZipBomb(ex)) {
				throw Refusals.zipBomb(ex);
			}
			throw Refusals.damaged("Excel", ex);
		}
	}

	private static boolean isWorksheet(ZipArchiveEntry entry) {
		return isWorksheet(entry.getName());
	}

	/** Whether the rows of this entry are counted: by its name, whatever the workbook says it is. */
	static boolean isWorksheet(String entry) {
		String name = entry.toLowerCase(Locale.ROOT);
		return name.startsWith("xl/worksheets/") && name.endsWith(".xml");
	}

	private void checkEntry(ZipSecureFile zip, ZipArchiveEntry entry, SheetNames names)
			throws IOException, WorkbookReadException {
		String name = entry.getName().toLowerCase(Locale.ROOT);
		if (name.startsWith("xl/externallinks/")) {
			throw Refusals.externalLink();
		}
		if (!name.endsWith(".xml") && !name.endsWith(".rels") && !name.endsWith(".vml")) {
			drain(zip, entry); // binary parts (images, vbaProject.bin) are still inflated once, through the bomb guard
			return;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			XMLStreamReader reader = xml.createXMLStreamReader(in);
			try {
				if (name.equals("xl/workbook.xml") || name.equals("xl/_rels/workbook.xml.rels")) {
					names.read(reader, entry.getName(), this::refuseDoctype);
				}
				else {
					scan(reader, isWorksheet(entry) ? names.of(entry.getName()) : null, entry.getName());
				}
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			if (ex.getNestedException() instanceof IOException io) {
				throw io;
			}
			Throwable cause = ex.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			throw new WorkbookReadException("ブックの中のXMLが壊れています（" + entry.getName() + "）。Excelで開けることを確かめて再提出してください。",
					ex);
		}
	}

	/**
	 * Looks at the prolog of every part; for a worksheet (its sheet name given), counts rows until
	 * the limit is passed.
	 */
	private void scan(XMLStreamReader reader, String sheet, String part)
			throws XMLStreamException, WorkbookReadException {
		boolean rootSeen = false;
		long rows = 0;
		while (reader.hasNext()) {
			int event = reader.next();
			refuseDoctype(event, part);
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			if (sheet == null) {
				return; // the prolog is past: nothing else to see in this part
			}
			if (!rootSeen) {
				rootSeen = true;
				continue;
			}
			String local = reader.getLocalName();
			if (local.equals("dimension")) {
				checkDimension(reader.getAttributeValue(null, "ref"), sheet);
			}
			else if (local.equals("row") && ++rows > limits.maxRowsPerSheet()) {
				throw tooManyRows(sheet);
			}
		}
	}

	private void refuseDoctype(int event, String part) throws WorkbookReadException {
		if (event == XMLStreamConstants.DTD) {
			throw Refusals.doctype(part, "Excel");
		}
	}

	/** The declared used range, when present, refuses a huge sheet before a single row is read. */
	private void checkDimension(String ref, String sheet) throws WorkbookReadException {
		if (declaresTooManyRows(ref, limits.maxRowsPerSheet())) {
			throw tooManyRows(sheet);
		}
	}

	/** Whether a {@code <dimension ref>} declares a last row beyond {@code maxRows}. */
	static boolean declaresTooManyRows(String ref, int maxRows) {
		if (ref == null) {
			return false;
		}
		Matcher last = DIMENSION_LAST_ROW.matcher(ref.toUpperCase(Locale.ROOT));
		return last.find() && last.group(1).length() < 10 && Long.parseLong(last.group(1)) > maxRows;
	}

	private WorkbookReadException tooManyRows(String sheet) {
		return Refusals.tooManyRows(sheet, limits.maxRowsPerSheet());
	}

	private static void drain(ZipSecureFile zip, ZipArchiveEntry entry) throws IOException {
		byte[] buffer = new byte[8192];
		try (InputStream in = zip.getInputStream(entry)) {
			while (in.read(buffer) >= 0) {
				// reading is the point: the threshold stream measures what inflates
			}
		}
	}

	private static boolean isZipBomb(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
				return true;
			}
		}
		return false;
	}

}
