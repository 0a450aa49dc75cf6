package jp.reform.survey.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Any {@link WorkbookReader} behind a door that turns away what is not a survey workbook, or what
 * would hurt the run, with a reason office staff understand: empty files, text or junk given an
 * Excel name, broken or truncated packages, zip bombs, XXE payloads, external links and sheets
 * with absurd row counts. Only what passes reaches the reader (and POI's in-memory model).
 */
public final class GuardedWorkbookReader implements WorkbookReader {

	private final WorkbookReader delegate;

	private final OoxmlPackageCheck packageCheck;

	private final WorkbookLimits limits;

	public GuardedWorkbookReader(WorkbookReader delegate, WorkbookLimits limits) {
		this.delegate = delegate;
		this.packageCheck = new OoxmlPackageCheck(limits);
		this.limits = limits;
	}

	@Override
	public WorkbookGrid read(Path file) throws WorkbookReadException {
		FileSignature signature;
		try {
			signature = FileSignature.of(file);
		}
		catch (IOException ex) {
			throw new WorkbookReadException("ファイルを読み出せません（" + ex.getClass().getSimpleName() + "）。", ex);
		}
		switch (signature) {
			case EMPTY -> throw new WorkbookReadException("ファイルが空です（0バイト）。保存に失敗した可能性があります。Excelで保存し直して再提出してください。");
			case TEXT -> throw new WorkbookReadException("Excelブックではなく、テキスト（CSVなど）のファイルです。"
					+ "Excelで開いて「Excel ブック（.xlsx）」形式で保存し直し、再提出してください。");
			case UNKNOWN -> throw new WorkbookReadException("Excelブックではありません（ファイルの中身がExcelの形式ではありません）。"
					+ "調査票のExcelファイルを再提出してください。");
			case ZIP -> {
				// The streaming reader can apply the check as it reads: one pass instead of two. On
				// any doubt the full check decides, with its reasons, before the usual read.
				if (delegate instanceof StreamingWorkbookReader streaming) {
					Optional<WorkbookGrid> cleared = streaming.readAudited(file, limits);
					if (cleared.isPresent()) {
						return cleared.get();
					}
				}
				packageCheck.check(file);
			}
			case OLE2 -> {
				// legacy .xls, or an encrypted .xlsx: the reader tells them apart
			}
		}
		return delegate.read(file);
	}

}
