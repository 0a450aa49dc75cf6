package jp.reform.survey.survey;

import java.util.List;
import java.util.Optional;

import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.workbook.GridCell;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Where a profile's label is not on a sheet, the label the sheet has that is most like it (所管課 → 所管部署,
 * 取組名 → 取組の名称): what the office most likely meant, said with the profile key to add it to.
 */
final class LabelHints {

	private LabelHints() {
	}

	/** 「様式定義の見出し「所管課」がシートにありません。似た見出し: 所管部署（A5）→ form の departments に加えます」 */
	static String notFound(SheetLabels sheet, LayoutProfile profile, Field field, String where) {
		List<String> labels = profile.labelsOf(field);
		String missing = labels.isEmpty() ? where + " に " + field.key() + " の見出しがありません"
				: "様式定義の見出し「" + String.join("」「", labels) + "」がシートにありません";
		return missing + nearest(sheet, profile, labels)
			.map(cell -> "。似た見出し: " + cell.text().strip().replaceAll("\\s+", " ") + "（" + cell.ref() + "）→ 同じ意味なら "
					+ where + " の " + field.key() + " に加えます")
			.orElse("");
	}

	/**
	 * The sheet's label closest to one of {@code labels} that the profile does not use already: at most half its
	 * characters different.
	 */
	static Optional<GridCell> nearest(SheetLabels sheet, LayoutProfile profile, List<String> labels) {
		GridCell best = null;
		int bestDistance = Integer.MAX_VALUE;
		LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
		for (var present : sheet.present().entrySet()) {
			if (profile.isLabel(present.getKey())) {
				continue;
			}
			for (String label : labels) {
				int d = distance.apply(label, present.getKey());
				if (d < bestDistance && d <= (label.length() + 1) / 2 && d < present.getKey().length()) {
					best = present.getValue();
					bestDistance = d;
				}
			}
		}
		return Optional.ofNullable(best);
	}

}
