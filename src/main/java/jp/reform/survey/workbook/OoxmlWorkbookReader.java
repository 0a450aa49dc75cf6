package jp.reform.survey.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;

import jp.reform.survey.workbook.OoxmlPackage.Relationship;

/**
 * Reads .xlsx/.xlsm as a zip of XML parts with StAX, the fast path: no OPC package model, no
 * XMLBeans, cells kept compactly. Produces the same {@link WorkbookGrid} as {@link PoiWorkbookReader}
 * (proved on the sample workbooks and their variants by the equivalence test); where it cannot
 * promise that, it throws {@link UnsupportedPackageException} and the caller asks POI.
 */
final class OoxmlWorkbookReader {

	private final ZipLimits limits;

	private final SecureXml xml = new SecureXml();

	OoxmlWorkbookReader(ZipLimits limits) {
		this.limits = limits;
	}

	WorkbookGrid read(Path file) throws UnsupportedPackageException {
		try (OoxmlPackage pkg = new OoxmlPackage(file, limits, xml.factory())) {
			List<Relationship> root = pkg.relationships("");
			String workbookPart = single(root, OoxmlNames.OFFICE_DOCUMENT)
				.orElseThrow(() -> new UnsupportedPackageException("no transitional officeDocument relationship"));
			List<Relationship> parts = pkg.relationships(workbookPart);
			WorkbookPart workbook = WorkbookPart.read(pkg, workbookPart);
			TextPool text = new TextPool();
			int sharedStrings = 0;
			Optional<String> sst = single(parts, OoxmlNames.SHARED_STRINGS);
			if (sst.isPresent() && pkg.has(sst.get())) {
				sharedStrings = SharedStringsPart.read(pkg, sst.get(), text);
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
			Optional<String> core = single(root, OoxmlNames.CORE_PROPERTIES).filter(pkg::has);
			LocalDateTime modified = core.isPresent() ? CorePropertiesPart.modified(pkg, core.get()) : null;
			return new WorkbookGrid(file.getFileName().toString(), sheets, modified);
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			throw new UnsupportedPackageException(ex.getClass().getSimpleName() + ": " + ex.getMessage(), ex);
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
