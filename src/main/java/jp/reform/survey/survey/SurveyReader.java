package jp.reform.survey.survey;

import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.normalize.FiscalYears;
import jp.reform.survey.normalize.Numbers;
import jp.reform.survey.normalize.StatusWords;
import jp.reform.survey.workbook.SheetGrid;
import jp.reform.survey.workbook.WorkbookGrid;

/**
 * Reads a whole survey workbook: the cover first (it gives the plan and its era), then every item
 * sheet. Hidden, empty and non-item sheets are skipped with a note, never failed.
 */
public final class SurveyReader {

	private final CoverSheetReader covers;

	private final ItemSheetReader items;

	public SurveyReader() {
		FiscalYears fiscalYears = new FiscalYears();
		CellValues cellValues = new CellValues(fiscalYears, new Numbers());
		this.covers = new CoverSheetReader(fiscalYears);
		this.items = new ItemSheetReader(cellValues, new YearTableNormalizer(fiscalYears, new StatusWords(), cellValues));
	}

	public SurveyResult read(WorkbookGrid workbook) {
		List<Finding> findings = new ArrayList<>();
		CoverInfo cover = CoverInfo.empty();
		List<SheetGrid> candidates = new ArrayList<>();
		List<ItemSheetReader.Layout> layouts = new ArrayList<>();
		for (SheetGrid sheet : workbook.sheets()) {
			if (sheet.hidden()) {
				findings.add(Finding.note(sheet.name(), "非表示のシートのため読み飛ばしました"));
				continue;
			}
			if (sheet.isEmpty()) {
				findings.add(Finding.note(sheet.name(), "空のシートのため読み飛ばしました"));
				continue;
			}
			ItemSheetReader.Layout layout = ItemSheetReader.Layout.of(sheet);
			if (layout.isItemSheet()) {
				candidates.add(sheet);
				layouts.add(layout);
			}
			else if (CoverSheetReader.looksLikeCover(sheet, layout.labels()) && cover.equals(CoverInfo.empty())) {
				cover = covers.read(sheet, layout.labels(), findings);
			}
			else {
				findings.add(Finding.note(sheet.name(), "「実施項目」の欄がないため実施項目のシートではないと判断し、読み飛ばしました"));
			}
		}
		List<SurveyItem> read = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			items.read(candidates.get(i), layouts.get(i), cover, findings).ifPresent(read::add);
		}
		if (candidates.isEmpty()) {
			findings.add(new Finding(Severity.ERROR, null, null, "実施項目のシートが1枚もありません",
					"「実施項目」の欄と年度別の表があるシート"));
		}
		return new SurveyResult(cover, read, findings);
	}

}
