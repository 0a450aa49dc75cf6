package jp.reform.survey.workbook;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A whole workbook as neutral grids, plus the core-properties timestamps a form may carry.
 */
public record WorkbookGrid(String fileName, List<SheetGrid> sheets, LocalDateTime modified) {

}
