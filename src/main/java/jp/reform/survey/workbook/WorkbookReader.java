package jp.reform.survey.workbook;

import java.nio.file.Path;

/** Turns a spreadsheet file into a {@link WorkbookGrid}; the only door to POI. */
public interface WorkbookReader {

	WorkbookGrid read(Path file) throws WorkbookReadException;

}
