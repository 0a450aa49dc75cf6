package jp.reform.survey.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.fixture.SampleInbox;
import jp.reform.survey.fixture.Soffice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook saved by real LibreOffice as .ods reads into the same grid as the .xlsx / .xls it was
 * saved from: every cell's text, exact number, date, error, formula flag and percent format,
 * merged ranges and hidden sheets. (The number format itself differs by design: an .ods cell says
 * its type, not Excel's format code; only what the reading code asks of it — a date, a
 * percentage — is compared.)
 */
class OdsEquivalenceTests {

	@TempDir
	Path dir;

	private final StreamingWorkbookReader excel = new StreamingWorkbookReader();

	private final OdsWorkbookReader ods = new OdsWorkbookReader(ZipLimits.POI_DEFAULTS, WorkbookLimits.defaults());

	@Test
	void theSampleInboxSavedAsOdsReadsAsTheOriginals() throws Exception {
		List<Path> originals = SampleInbox.write(dir.resolve("inbox"));
		List<Path> converted = Soffice.convert(originals, "ods", dir.resolve("ods"));
		for (int i = 0; i < originals.size(); i++) {
			assertThat(view(ods.read(converted.get(i)))).as(converted.get(i).getFileName().toString())
				.isEqualTo(view(excel.read(originals.get(i))));
		}
	}

	/**
	 * Where the .ods differs it is because LibreOffice saved it so: it keeps 15 significant digits
	 * (3.0000000000000004 becomes 3), and it turns a typed TRUE, FALSE or #REF! into the formulas
	 * =TRUE(), =FALSE() and =#REF!; from an .xls it shows (and saves) TRUE and FALSE as 1 and 0 in
	 * a cell without a format. Everything else is as in the original.
	 */
	@Test
	void everyCellKindSavedAsOdsReadsAsTheOriginal() throws Exception {
		for (Path original : List.of(VariantWorkbooks.cellKinds(dir, "kinds.xlsx", false),
				VariantWorkbooks.legacyCellKinds(dir, false))) {
			Path converted = Soffice.convert(original, "ods", dir.resolve("ods"));
			List<String> expected = view(excel.read(original)).stream()
				.map(line -> line.startsWith("  I4 ") ? line.replace("3.0000000000000004", "3") : line)
				.map(line -> line.matches("  [ABC]8 .*") ? line.replace("formula=false", "formula=true") : line)
				.map(line -> original.toString().endsWith(".xls") ? line.replace("text=TRUE number=null", "text=null number=1")
					.replace("text=FALSE number=null", "text=null number=0") : line)
				.toList();
			assertThat(view(ods.read(converted))).as(original.getFileName().toString()).isEqualTo(expected);
		}
	}

	/** The grid as the reading code sees it: sheets, merged ranges and non-blank cells. */
	static List<String> view(WorkbookGrid grid) {
		List<String> lines = new ArrayList<>();
		for (SheetGrid sheet : grid.sheets()) {
			lines.add("sheet " + sheet.name() + " hidden=" + sheet.hidden());
			sheet.merged().stream().map(m -> "  merged " + m).sorted().forEach(lines::add);
			for (int row : sheet.rowIndices()) {
				for (GridCell cell : sheet.row(row)) {
					lines.add("  " + cell.ref() + " text=" + cell.text() + " number=" + cell.number() + " date="
							+ cell.date() + " error=" + cell.error() + " formula=" + cell.formula() + " percent="
							+ (cell.formatString() != null && cell.formatString().contains("%")));
				}
			}
		}
		return lines;
	}

}
