package jp.reform.survey.workbook;

/** A1-style references, the way office staff find a cell in Excel. */
public final class CellRefs {

	private CellRefs() {
	}

	public static String a1(int row, int col) {
		return column(col) + (row + 1);
	}

	public static String column(int col) {
		if (col >= 0 && col < 26) {
			return String.valueOf((char) ('A' + col));
		}
		StringBuilder letters = new StringBuilder();
		for (int c = col + 1; c > 0; c = (c - 1) / 26) {
			letters.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return letters.toString();
	}

}
