package jp.reform.survey.workbook;

/**
 * The reasons a workbook is turned away that every format shares, worded once so an .xlsx and an
 * .ods with the same fault get the same sentence.
 */
final class Refusals {

	private Refusals() {
	}

	static WorkbookReadException zipBomb(Throwable cause) {
		return new WorkbookReadException("展開すると極端に大きくなるデータが含まれています（zip爆弾の疑い）。"
				+ "調査票として読めないため受け付けません。", cause);
	}

	static WorkbookReadException damaged(String application, Throwable cause) {
		return new WorkbookReadException("ファイルが壊れているか、途中までしか保存されていません（コピーや保存の途中で切れた可能性があります）。"
				+ application + "で開けることを確かめて再提出してください。", cause);
	}

	static WorkbookReadException doctype(String part, String application) {
		return new WorkbookReadException("ブックの中のXMLに文書型宣言（DOCTYPE）があります。外部の情報を読み込ませる細工（XXE）の恐れが"
				+ "あるため受け付けません（" + part + "）。" + application + "で保存し直した調査票を提出してください。");
	}

	static WorkbookReadException externalLink() {
		return new WorkbookReadException("他のブックを参照するリンク（外部参照）が含まれています。参照先の値は古い可能性があり、"
				+ "確かめられないため受け付けません。リンクを解除して（値に変換して）再提出してください。");
	}

	static WorkbookReadException tooManyRows(String sheet, int maxRows) {
		return new WorkbookReadException(String.format("シート「%s」の行数が多すぎます（上限 %,d 行）。調査票のシートとして読めないため"
				+ "受け付けません。不要な行を削除して再提出してください。", sheet, maxRows));
	}

	static WorkbookReadException encrypted(Throwable cause) {
		return new WorkbookReadException("パスワードで保護されたブックは読めません。保護を解除して再提出してください。", cause);
	}

	static WorkbookReadException unreadable(Exception cause) {
		if (cause instanceof java.nio.file.AccessDeniedException) {
			return new WorkbookReadException("このファイルを読み取る権限がありません（別のアカウントが置いたファイルで、集計を実行するアカウントに"
					+ "読み取りが許されていない可能性があります）。ファイルの権限を見直すか、置き直してください。", cause);
		}
		return new WorkbookReadException("ファイルを読み出せません（" + cause.getClass().getSimpleName() + "）。", cause);
	}

}
