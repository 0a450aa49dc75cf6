package jp.reform.survey.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Any {@link WorkbookReader} behind a door that turns away what is not a survey workbook, or what
 * would hurt the run, with a reason office staff understand: empty files, text or junk given an
 * Excel name, broken or truncated packages, zip bombs, XXE payloads, external links and sheets
 * with absurd row counts. Only what passes reaches the reader (and POI's in-memory model).
 * <p>
 * What a file is comes from its content ({@link ContentKind}), not its name: an .xlsx, .xls or .ods
 * is read whatever it is called. A file that is no such spreadsheet is rejected when its name says
 * it is one (a faulty submission), and otherwise named as outside the survey with what it is
 * ({@link NotASpreadsheetException}: a PDF, a CSV, a zip …).
 */
public final class GuardedWorkbookReader implements WorkbookReader {

	private final WorkbookReader delegate;

	private final OoxmlPackageCheck packageCheck;

	private final OdsWorkbookReader ods;

	private final WorkbookLimits limits;

	public GuardedWorkbookReader(WorkbookReader delegate, WorkbookLimits limits) {
		this.delegate = delegate;
		this.packageCheck = new OoxmlPackageCheck(limits);
		this.ods = new OdsWorkbookReader(ZipLimits.POI_DEFAULTS, limits);
		this.limits = limits;
	}

	@Override
	public WorkbookGrid read(Path file) throws WorkbookReadException {
		ContentKind kind;
		try {
			kind = ContentKind.of(file);
		}
		catch (IOException ex) {
			throw Refusals.unreadable(ex);
		}
		boolean named = ContentKind.hasSpreadsheetName(file.getFileName().toString());
		if (!kind.spreadsheet() && !named) {
			throw new NotASpreadsheetException(kind);
		}
		switch (kind) {
			case EMPTY -> throw new WorkbookReadException("ファイルが空です（0バイト）。保存に失敗した可能性があります。Excelで保存し直して再提出してください。");
			case TEXT, HTML, XML -> throw new WorkbookReadException("Excelブックではなく、テキスト（CSVなど）のファイルです。"
					+ "Excelで開いて「Excel ブック（.xlsx）」形式で保存し直し、再提出してください。");
			case UNKNOWN -> throw new WorkbookReadException("Excelブックではありません（ファイルの中身がExcelの形式ではありません）。"
					+ "調査票のExcelファイルを再提出してください。");
			case ODS -> {
				return ods.read(file);
			}
			case XLSX, OTHER_OOXML, DAMAGED_ZIP, ZIP -> {
				if (kind == ContentKind.DAMAGED_ZIP && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ods")) {
					return ods.read(file); // says in the office's words what is wrong with it
				}
				return ooxml(file);
			}
			case XLS, ENCRYPTED_OFFICE, OTHER_OLE2 -> {
				// legacy .xls, or an encrypted .xlsx: the reader tells them apart
				return delegate.read(file);
			}
			default -> throw new WorkbookReadException("調査票の表計算ファイルではありません（中身は" + kind.label() + "です）。"
					+ "Excel（.xlsx / .xlsm / .xls）または OpenDocument（.ods）の調査票を再提出してください。");
		}
	}

	private WorkbookGrid ooxml(Path file) throws WorkbookReadException {
		// The streaming reader can apply the check as it reads: one pass instead of two. On any doubt
		// the full check decides, with its reasons, before the usual read.
		if (delegate instanceof StreamingWorkbookReader streaming) {
			Optional<WorkbookGrid> cleared = streaming.readAudited(file, limits);
			if (cleared.isPresent()) {
				return cleared.get();
			}
		}
		packageCheck.check(file);
		return delegate.read(file);
	}

}
