package jp.reform.survey.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.SheetGrid;

/**
 * Decides which layout a sheet is. A profile is a candidate when the labels of its {@code detect}
 * fields are on the sheet; among candidates the one whose labels describe the sheet most completely
 * wins (share of its form fields, year header and columns found), then the one with more labels
 * found, then the earlier profile. No candidate: the labels that were found are reported.
 */
final class LayoutDetector {

	sealed interface Detection {
	}

	record Match(LayoutProfile profile) implements Detection {
	}

	/** @param labels the cells holding a label some profile knows, top to bottom */
	record NoMatch(List<GridCell> labels) implements Detection {
	}

	private final LayoutProfiles profiles;

	LayoutDetector(LayoutProfiles profiles) {
		this.profiles = profiles;
	}

	Detection detect(SheetGrid sheet) {
		Map<String, GridCell> present = labelsOn(sheet);
		LayoutProfile best = null;
		double bestShare = -1;
		int bestFound = -1;
		for (LayoutProfile profile : profiles.all()) {
			if (!profile.detect().stream().allMatch(f -> profile.labelsOf(f).stream().anyMatch(present::containsKey))) {
				continue;
			}
			int found = found(profile, present);
			double share = found / (double) (profile.formFields().size() + profile.columnFields().size() + 1);
			if (share > bestShare || (share == bestShare && found > bestFound)) {
				best = profile;
				bestShare = share;
				bestFound = found;
			}
		}
		if (best != null) {
			return new Match(best);
		}
		Set<String> known = profiles.knownLabels().keySet();
		List<GridCell> labels = new ArrayList<>();
		present.forEach((label, cell) -> {
			if (known.contains(label)) {
				labels.add(cell);
			}
		});
		return new NoMatch(labels);
	}

	/** Form fields, the year header and columns of the profile whose label is on the sheet. */
	private static int found(LayoutProfile profile, Map<String, GridCell> present) {
		int found = 0;
		for (Field field : profile.formFields()) {
			found += profile.labelsOf(field).stream().anyMatch(present::containsKey) ? 1 : 0;
		}
		YearTableLayout table = profile.yearTable();
		found += table.yearHeaders().stream().anyMatch(present::containsKey) ? 1 : 0;
		for (Field field : profile.columnFields()) {
			found += table.columns().entrySet().stream()
				.anyMatch(e -> e.getValue() == field && present.containsKey(e.getKey())) ? 1 : 0;
		}
		return found;
	}

	/** Canonical text of every short text cell → its first (topmost, leftmost) cell. */
	static Map<String, GridCell> labelsOn(SheetGrid sheet) {
		Map<String, GridCell> present = new LinkedHashMap<>();
		for (int row : sheet.rowIndices()) {
			for (GridCell cell : sheet.row(row)) {
				if (cell.isText()) {
					String canonical = Labels.canonical(cell.text());
					if (!canonical.isEmpty()) {
						present.putIfAbsent(canonical, cell);
					}
				}
			}
		}
		return present;
	}

}
