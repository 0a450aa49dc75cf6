package jp.reform.survey.workbook;

/**
 * Bounds on what a workbook may hold before it is read at all.
 *
 * @param maxRowsPerSheet rows one sheet may carry; a survey sheet has a few dozen, and a sheet far
 * beyond Excel's practical sizes is refused before POI's in-memory model would hold it (the
 * default leaves room for the 200,000-row sheets a streaming reader is meant to take)
 */
public record WorkbookLimits(int maxRowsPerSheet) {

	public static final int DEFAULT_MAX_ROWS_PER_SHEET = 500_000;

	public static WorkbookLimits defaults() {
		return new WorkbookLimits(DEFAULT_MAX_ROWS_PER_SHEET);
	}

}
