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
 * <li>every entry inflated completely under the same inflation limits as POI's (past the 100 KB grace
 * size at most 100 times the entry's compressed size; {@link InflateGuard}); an entry that breaks
 * them is a doubt, and the full check refuses it with its reason. The one difference: POI weighs the
 * compressed bytes read so far, this the entry's whole compressed size, so an entry that starts far
 * more compressible than it ends may be cleared here. It is streamed all the same, never held, and
 * cannot inflate beyond 100 times its size — which is what the ratio guards against;</li>
 * <li>no DOCTYPE in any XML part, and worksheets within the row limit ({@link AuditedXmlReader}).</li>
 * </ul>
 * One per read.
 */
final class PackageAudit {

	private final WorkbookLimits limits;

	/** Entries already inflated to their end through an audited read (large shared strings on a helper thread). */
	private final Set<String> finished = java.util.concurrent.ConcurrentHashMap.newKeySet();

	PackageAudit(WorkbookLimits limits) {
		this.limits = limits;
	}

	/** Looks at the central directory before anything is inflated. */
	void checkEntries(Iterable<? extends ZipEntry> entries, ZipLimits zipLimits) throws UnsupportedPackageException {
		Set<String> names = new HashSet<>();
		for (ZipEntry entry : entries) {
			String name = entry.getName();
			if (!names.add(name)) {
				throw new UnsupportedPackageException("entry " + name + " twice");
			}
			if (name.toLowerCase(Locale.ROOT).startsWith("xl/externallinks/")) {
				throw new UnsupportedPackageException("external link " + name);
			}
			if (entry.getSize() < 0 || entry.getSize() > zipLimits.maxEntrySize()) {
				throw new UnsupportedPackageException("entry " + name + " of unknown size or larger than the limit");
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
