package jp.reform.survey.workbook;

/** A merged range; only its top-left cell holds the value. Indices are zero-based and inclusive. */
public record MergedRange(int firstRow, int lastRow, int firstCol, int lastCol) {

	public boolean contains(int row, int col) {
		return row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
	}

}
