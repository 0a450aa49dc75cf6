package jp.reform.survey.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

import jp.reform.survey.workbook.OoxmlPackage.Relationship;

/**
 * Reads .xlsx/.xlsm as a zip of XML parts with StAX, the fast path: no OPC package model, no
 * XMLBeans, cells kept compactly. Produces the same {@link WorkbookGrid} as {@link PoiWorkbookReader}
 * (proved on the sample workbooks and their variants by the equivalence test); where it cannot
 * promise that, it throws {@link UnsupportedPackageException} and the caller asks POI.
 */
final class OoxmlWorkbookReader {

	/** Shared-strings parts larger than this are read on a helper thread while the sheets are parsed. */
	static final long PARALLEL_SHARED_STRINGS_SIZE = 2L * 1024 * 1024;

	/** Parts larger than this are inflated a few chunks ahead on a helper thread. */
	static final long READ_AHEAD_SIZE = 4L * 1024 * 1024;

	private final ZipLimits limits;

	private final long parallelSharedStringsSize;

	private final long readAheadSize;

	private final XMLInputFactory xml = SecureXml.newFactory();

	/**
	 * Helper threads for large workbooks (read-ahead inflation, shared strings beside the sheets):
	 * one large workbook then uses two cores. Daemon threads that end when idle.
	 */
	private final ExecutorService helper = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "workbook-read-ahead");
		thread.setDaemon(true);
		return thread;
	});

	OoxmlWorkbookReader(ZipLimits limits) {
		this(limits, PARALLEL_SHARED_STRINGS_SIZE, READ_AHEAD_SIZE);
	}

	/** With other size thresholds for the helper threads (tests use 0 to put every part through them). */
	OoxmlWorkbookReader(ZipLimits limits, long parallelSharedStringsSize, long readAheadSize) {
		this.limits = limits;
		this.parallelSharedStringsSize = parallelSharedStringsSize;
		this.readAheadSize = readAheadSize;
	}

	WorkbookGrid read(Path file) throws UnsupportedPackageException {
		return read(file, null);
	}

	/**
	 * @param audit the package check to apply while reading (see {@link PackageAudit}), or null
	 * @throws UnsupportedPackageException also when the audit cannot clear the package
	 */
	WorkbookGrid read(Path file, PackageAudit audit) throws UnsupportedPackageException {
		Future<Integer> sharedStringsRead = null;
		try (OoxmlPackage pkg = new OoxmlPackage(file, limits, xml, helper, readAheadSize, audit)) {
			List<Relationship> root = pkg.relationships("");
			String workbookPart = single(root, OoxmlNames.OFFICE_DOCUMENT)
				.orElseThrow(() -> new UnsupportedPackageException("no transitional officeDocument relationship"));
			List<Relationship> parts = pkg.relationships(workbookPart);
			WorkbookPart workbook = WorkbookPart.read(pkg, workbookPart);
			TextPool sharedPool = new TextPool();
			WorkbookText text = new WorkbookText(sharedPool);
			int sharedStrings = 0;
			Optional<String> sst = single(parts, OoxmlNames.SHARED_STRINGS).filter(pkg::has);
			if (sst.isPresent() && pkg.size(sst.get()) > parallelSharedStringsSize) {
				// Sheets refer to shared strings by index only, so they can be parsed meanwhile; indexes
				// past the table's end are checked once it is complete.
				String part = sst.get();
				sharedStringsRead = helper.submit(() -> SharedStringsPart.read(pkg, part, sharedPool));
				sharedStrings = Integer.MAX_VALUE;
			}
			else if (sst.isPresent()) {
				sharedStrings = SharedStringsPart.read(pkg, sst.get(), sharedPool);
			}
			String styles = single(parts, OoxmlNames.STYLES).filter(pkg::has)
				.orElseThrow(() -> new UnsupportedPackageException("no styles part"));
			WorkbookFormats formats = new WorkbookFormats(StylesPart.read(pkg, styles), workbook.date1904());
			List<SheetGrid> sheets = new ArrayList<>();
			for (WorkbookPart.SheetEntry entry : workbook.sheets()) {
				Relationship rel = byId(parts, entry.relationshipId());
				if (rel == null) {
					continue; // POI skips a sheet whose part is missing, with a warning
				}
				if (!OoxmlNames.WORKSHEET.equals(rel.type()) || !pkg.has(rel.target())) {
					throw new UnsupportedPackageException("sheet " + entry.name() + " is a " + rel.type());
				}
				sheets.add(WorksheetPart.read(pkg, rel.target(), entry.name(), entry.hidden(), text, sharedStrings,
						formats));
			}
			if (sharedStringsRead != null) {
				int count = sharedStringsRead.get();
				sheets.forEach(sheet -> sheet.checkSharedReferences(count));
			}
			Optional<String> core = single(root, OoxmlNames.CORE_PROPERTIES).filter(pkg::has);
			LocalDateTime modified = core.isPresent() ? CorePropertiesPart.modified(pkg, core.get()) : null;
			pkg.finishAudit();
			return new WorkbookGrid(file.getFileName().toString(), sheets, modified);
		}
		catch (ExecutionException ex) {
			throw new UnsupportedPackageException("shared strings: " + ex.getCause(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UnsupportedPackageException("interrupted", ex);
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			throw new UnsupportedPackageException(ex.getClass().getSimpleName() + ": " + ex.getMessage(), ex);
		}
		finally {
			if (sharedStringsRead != null) {
				sharedStringsRead.cancel(true); // no-op once done; stops it when the sheets failed
			}
		}
	}

	private static Optional<String> single(List<Relationship> rels, String type) throws UnsupportedPackageException {
		List<String> targets = rels.stream().filter(r -> type.equals(r.type())).map(Relationship::target).toList();
		if (targets.size() > 1) {
			throw new UnsupportedPackageException("more than one " + type);
		}
		return targets.stream().findFirst();
	}

	private static Relationship byId(List<Relationship> rels, String id) {
		return rels.stream().filter(r -> r.id() != null && r.id().equals(id)).findFirst().orElse(null);
	}

}
