package jp.reform.survey.workbook;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;

import javax.xml.stream.XMLStreamReader;

/**
 * {@link OoxmlPackageCheck}'s rules applied during the streaming read itself, so a clean package is
 * unzipped and parsed once instead of twice. It only ever clears a package, never refuses one: on
 * any doubt (an {@link UnsupportedPackageException} from here, or any failure of the read) the
 * full check gives the verdict and its reason, exactly as before. Clearing requires at least
 * what the full check requires:
 * <ul>
 * <li>no external-link part, no entry name twice (the full check would inflate each copy);</li>
 * <li>every entry inflated completely, and none beyond POI's grace size (100 KB): below it POI's
 * zip-bomb guard never applies its ratio, so nothing it could refuse is cleared here (larger
 * packages go the old way);</li>
 * <li>no DOCTYPE in any XML part, and worksheets within the row limit ({@link AuditedXmlReader}).</li>
 * </ul>
 * One per read; not thread-safe (audited packages are small and read on one thread).
 */
final class PackageAudit {

	private final WorkbookLimits limits;

	/** Entries already inflated to their end through an audited read. */
	private final Set<String> finished = new HashSet<>();

	PackageAudit(WorkbookLimits limits) {
		this.limits = limits;
	}

	/** Inflation limits of an audited read: the reader's, with no entry allowed past the grace size. */
	static ZipLimits inflation(ZipLimits limits) {
		return new ZipLimits(limits.minInflateRatio(), limits.graceSize(), limits.graceSize(), limits.maxEntries());
	}

	/** Looks at the central directory before anything is inflated. */
	void checkEntries(Iterable<? extends ZipEntry> entries, ZipLimits inflation) throws UnsupportedPackageException {
		Set<String> names = new HashSet<>();
		for (ZipEntry entry : entries) {
			String name = entry.getName();
			if (!names.add(name)) {
				throw new UnsupportedPackageException("entry " + name + " twice");
			}
			if (name.toLowerCase(Locale.ROOT).startsWith("xl/externallinks/")) {
				throw new UnsupportedPackageException("external link " + name);
			}
			if (entry.getSize() < 0 || entry.getSize() > inflation.maxEntrySize()) {
				throw new UnsupportedPackageException("entry " + name + " larger than the audited size");
			}
		}
	}

	AuditedXmlReader watch(XMLStreamReader reader, String entry) {
		return new AuditedXmlReader(reader, entry, limits.maxRowsPerSheet());
	}

	void finished(String entry) {
		finished.add(entry);
	}

	boolean isFinished(String entry) {
		return finished.contains(entry);
	}

	/** Whether the full check parses this entry as XML (the others it only inflates). */
	static boolean isXml(String entry) {
		String name = entry.toLowerCase(Locale.ROOT);
		return name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
	}

}
