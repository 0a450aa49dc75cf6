package jp.reform.survey.survey;

/**
 * The rows of a sheet that hold one item: the whole sheet, or one card of a card layout.
 *
 * @param firstRow first row (zero-based, inclusive)
 * @param lastRow last row (inclusive)
 * @param card whether the sheet holds several cards (so messages name the card, not the sheet)
 */
record ItemBlock(int firstRow, int lastRow, boolean card) {

	boolean contains(int row) {
		return row >= firstRow && row <= lastRow;
	}

}
