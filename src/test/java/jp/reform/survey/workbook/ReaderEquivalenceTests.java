package jp.reform.survey.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jp.reform.survey.fixture.SampleInbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming reader must give exactly the grid POI's user model gives — every cell with its text,
 * exact number, date, format, error and formula flag, merged ranges, hidden sheets — on the shipped
 * sample workbooks and on variants built to hit every cell kind.
 */
class ReaderEquivalenceTests {

	@TempDir
	Path dir;

	private final PoiWorkbookReader poi = new PoiWorkbookReader();

	private final OoxmlWorkbookReader streaming = new OoxmlWorkbookReader(ZipLimits.POI_DEFAULTS);

	private final XlsWorkbookReader xls = new XlsWorkbookReader();

	@Test
	void sampleInboxReadsTheSameBothWays() throws Exception {
		List<Path> files = SampleInbox.write(dir.resolve("inbox"));
		StreamingWorkbookReader product = new StreamingWorkbookReader();
		for (Path file : files) {
			List<String> expected = GridDump.of(poi.read(file));
			assertThat(GridDump.of(product.read(file))).as(file.getFileName().toString()).isEqualTo(expected);
			WorkbookGrid direct = file.toString().endsWith(".xls") ? xls.read(file) : streaming.read(file);
			assertThat(GridDump.of(direct)).as(file.getFileName().toString()).isEqualTo(expected);
		}
		assertThat(product.fallbackCount()).as("nothing needs POI's user model").isZero();
		assertThat(product.streamedCount()).isEqualTo(files.size());
	}

	/** The large-workbook paths (shared strings on a helper thread, read-ahead inflation) on every file. */
	@Test
	void helperThreadPathsReadTheSame() throws Exception {
		OoxmlWorkbookReader helped = new OoxmlWorkbookReader(ZipLimits.POI_DEFAULTS, 0, 0);
		List<Path> files = new java.util.ArrayList<>(SampleInbox.write(dir.resolve("inbox")));
		files.removeIf(f -> f.toString().endsWith(".xls"));
		files.add(VariantWorkbooks.cellKinds(dir, "kinds.xlsx", false));
		files.add(VariantWorkbooks.excelOnlyXml(dir));
		files.add(VariantWorkbooks.inlineStrings(dir));
		for (Path file : files) {
			assertThat(GridDump.of(helped.read(file))).as(file.getFileName().toString())
				.isEqualTo(GridDump.of(poi.read(file)));
		}
		Path bomb = VariantWorkbooks.zipBomb(dir);
		assertThatThrownBy(() -> helped.read(bomb)).isInstanceOf(UnsupportedPackageException.class)
			.hasMessageContaining("zip bomb");
	}

	@ParameterizedTest
	@ValueSource(strings = { "kinds.xlsx", "kinds.xlsm" })
	void everyCellKindReadsTheSame(String name) throws Exception {
		assertSame(VariantWorkbooks.cellKinds(dir, name, false));
	}

	@Test
	void everyCellKindOfALegacyXlsReadsTheSame() throws Exception {
		Path file = VariantWorkbooks.legacyCellKinds(dir, false);
		assertThat(GridDump.of(xls.read(file))).isEqualTo(GridDump.of(poi.read(file)));
	}

	@Test
	void theXls1904DateSystemReadsTheSame() throws Exception {
		Path file = VariantWorkbooks.legacyCellKinds(dir, true);
		assertThat(GridDump.of(xls.read(file))).isEqualTo(GridDump.of(poi.read(file)));
	}

	@Test
	void the1904DateSystemReadsTheSame() throws Exception {
		Path file = VariantWorkbooks.cellKinds(dir, "mac.xlsx", true);
		assertSame(file);
		GridCell date = streaming.read(file).sheets().get(0).cell(4, 0).orElseThrow();
		assertThat(date.date().toLocalDate()).hasToString("2024-05-10");
	}

	@Test
	void inlineStringsReadTheSame() throws Exception {
		assertSame(VariantWorkbooks.inlineStrings(dir));
	}

	@Test
	void whatOnlyExcelWritesReadsTheSame() throws Exception {
		Path file = VariantWorkbooks.excelOnlyXml(dir);
		assertSame(file);
		SheetGrid sheet = streaming.read(file).sheets().get(0);
		// furigana is not part of the text; _x000D_ is a carriage return, _x005F_ an escaped underscore
		assertThat(sheet.cell(0, 0).orElseThrow().text()).isEqualTo("提出日");
		assertThat(sheet.cell(0, 1).orElseThrow().text()).isEqualTo("行1\r行2_x0041_");
		assertThat(sheet.cell(0, 3).orElseThrow().date()).as("date from the column's style").isNotNull();
	}

	@Test
	void aZipBombIsDeclinedBeforeItInflates() throws Exception {
		Path file = VariantWorkbooks.zipBomb(dir);
		assertThatThrownBy(() -> streaming.read(file)).isInstanceOf(UnsupportedPackageException.class)
			.hasMessageContaining("zip bomb");
		assertThatThrownBy(() -> new StreamingWorkbookReader().read(file)).isInstanceOf(WorkbookReadException.class)
			.hasMessageContaining("Excelブックとして読めません");
	}

	@Test
	void externalEntitiesAreNeverResolved() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
		Path file = VariantWorkbooks.externalEntity(dir, secret);
		assertThatThrownBy(() -> streaming.read(file)).isInstanceOf(UnsupportedPackageException.class)
			.hasMessageNotContaining("TOP-SECRET");
	}

	@Test
	void notAWorkbookGetsPoisMessage() throws Exception {
		Path file = Files.write(dir.resolve("random.xlsx"), new byte[] { 'P', 'K', 3, 4, 9, 9, 9 });
		assertThatThrownBy(() -> new StreamingWorkbookReader().read(file)).isInstanceOf(WorkbookReadException.class)
			.hasMessageContaining("Excelブックとして読めません");
	}

	private void assertSame(Path file) throws Exception {
		assertThat(GridDump.of(streaming.read(file))).isEqualTo(GridDump.of(poi.read(file)));
	}

	/**
	 * NaN and the infinities, which Excel never writes but other programs may (found by fuzzing; the
	 * files are in the fuzz corpus): Excel's #NUM! error at the cell, the same each way, never an
	 * exception when the cell is read.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "guardedReader/nan-number-cell.xlsx", "guardedReader/infinity-number-cell.xlsx",
			"xlsReader/infinity-number-record.xls" })
	void numbersExcelCannotHoldAreNumErrors(String corpusFile) throws Exception {
		Path file = dir.resolve(corpusFile.substring(corpusFile.indexOf('/') + 1));
		try (var in = getClass().getResourceAsStream("WorkbookReaderFuzzTestsInputs/" + corpusFile)) {
			Files.copy(in, file);
		}
		WorkbookGrid expected = poi.read(file);
		WorkbookGrid direct = file.toString().endsWith(".xls") ? xls.read(file) : streaming.read(file);

		assertThat(GridDump.of(direct)).isEqualTo(GridDump.of(expected));
		assertThat(expected.sheets().stream().flatMap(sheet -> sheet.allCells().stream()).filter(GridCell::isError))
			.singleElement()
			.satisfies(cell -> assertThat(cell.error()).isEqualTo("#NUM!"));
	}

}
