package jp.reform.survey.workbook;

/**
 * The file is no spreadsheet the product reads, and its name does not claim to be one: a PDF of the
 * report, a CSV export, a zip of workbooks. Not a faulty submission (不受理) but a file outside the
 * survey (対象外); the message names what the content is.
 */
public final class NotASpreadsheetException extends WorkbookReadException {

	private final ContentKind kind;

	NotASpreadsheetException(ContentKind kind) {
		super("Excel/OpenDocument の表計算ファイルではありません（" + kind.label() + "）。" + hint(kind));
		this.kind = kind;
	}

	public ContentKind kind() {
		return kind;
	}

	private static String hint(ContentKind kind) {
		return switch (kind) {
			case XLSB -> "調査票なら、Excel で「Excel ブック（.xlsx）」として保存し直して提出してください。";
			case ZIP -> "調査票をまとめた zip なら、展開して中のブックを受信フォルダに置いてください。";
			case TEXT -> "調査票なら、Excel または OpenDocument の形式で提出してください。";
			default -> "調査票でなければ、受信フォルダから移すか、設定 reform.intake.ignore で対象から外してください。";
		};
	}

}
