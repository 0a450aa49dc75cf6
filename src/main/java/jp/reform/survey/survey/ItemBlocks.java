package jp.reform.survey.survey;

import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.workbook.SheetGrid;

/**
 * Splits a sheet into the blocks that each hold one item: the whole sheet for one-item layouts; for
 * card layouts, one block from each card's anchor label (項目番号) to the row before the next one.
 */
final class ItemBlocks {

	private ItemBlocks() {
	}

	static List<ItemBlock> of(SheetLabels labels, LayoutProfile profile) {
		SheetGrid sheet = labels.sheet();
		if (!profile.hasCards()) {
			return List.of(new ItemBlock(0, Math.max(0, sheet.lastRow()), false));
		}
		List<String> anchors = profile.labelsOf(profile.cardAnchor());
		List<Integer> starts = new ArrayList<>();
		for (SheetLabels.Row row : labels.rows()) {
			for (SheetLabels.Label label : row.labels()) {
				if (anchors.contains(label.canonical())) {
					starts.add(row.row());
					break;
				}
			}
		}
		List<ItemBlock> blocks = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			int last = i + 1 < starts.size() ? starts.get(i + 1) - 1 : sheet.lastRow();
			blocks.add(new ItemBlock(starts.get(i), last, true));
		}
		return blocks;
	}

}
