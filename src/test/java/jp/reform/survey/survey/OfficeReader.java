package jp.reform.survey.survey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.fixture.draft.DraftWorkbook;
import jp.reform.survey.fixture.draft.DraftWriter;
import jp.reform.survey.workbook.PoiWorkbookReader;

/** A reader with one office profile beside the shipped ones, and real workbooks written by POI read with it. */
record OfficeReader(SurveyReader reader, Path dir) {

	static OfficeReader of(Path dir, String name, String profile) throws IOException {
		Path profiles = Files.createDirectories(dir.resolve("profiles-" + name));
		Files.writeString(profiles.resolve(name + ".yml"), profile);
		return new OfficeReader(new SurveyReader(LayoutProfiles.load(profiles)), dir);
	}

	SurveyResult read(DraftWorkbook workbook) throws Exception {
		Path folder = Files.createDirectories(Files.createTempDirectory(dir, "inbox"));
		return reader.read(new PoiWorkbookReader().read(DraftWriter.write(workbook, folder)));
	}

	List<SurveyResult> readAll(List<DraftWorkbook> workbooks) throws Exception {
		List<SurveyResult> results = new ArrayList<>();
		for (DraftWorkbook workbook : workbooks) {
			results.add(read(workbook));
		}
		return results;
	}

}
