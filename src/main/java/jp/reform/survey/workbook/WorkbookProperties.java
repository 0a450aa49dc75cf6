package jp.reform.survey.workbook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code reform.workbook}.
 *
 * @param maxRowsPerSheet a sheet with more rows is refused before it is loaded (bounded memory)
 */
@ConfigurationProperties("reform.workbook")
public record WorkbookProperties(@DefaultValue("" + WorkbookLimits.DEFAULT_MAX_ROWS_PER_SHEET) int maxRowsPerSheet) {

	public WorkbookLimits limits() {
		return new WorkbookLimits(maxRowsPerSheet);
	}

}
