package jp.reform.survey.survey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.vocabulary.Field;

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

	/**
	 * A profile's labels grouped the way detection counts them, worked out once (profiles are
	 * immutable) rather than for every sheet.
	 *
	 * @param detect per {@code detect} field, its labels
	 * @param formFields per form field, its labels
	 * @param columnFields per column field, its headers
	 * @param fields form fields + column fields + the year header: what the share is taken of
	 */
	private record ProfileLabels(LayoutProfile profile, List<Set<String>> detect, List<Set<String>> formFields,
			Set<String> yearHeaders, List<Set<String>> columnFields, int fields) {

		static ProfileLabels of(LayoutProfile profile) {
			List<Set<String>> detect = profile.detect().stream().map(f -> Set.copyOf(profile.labelsOf(f))).toList();
			List<Set<String>> form = profile.formFields().stream().map(f -> Set.copyOf(profile.labelsOf(f))).toList();
			List<Set<String>> columns = new ArrayList<>();
			for (Field field : profile.columnFields()) {
				Set<String> headers = new LinkedHashSet<>();
				profile.yearTable().columns().forEach((header, f) -> {
					if (f == field) {
						headers.add(header);
					}
				});
				profile.yearTable().rows().forEach((label, f) -> {
					if (f == field) {
						headers.add(label);
					}
				});
				columns.add(Set.copyOf(headers));
			}
			return new ProfileLabels(profile, detect, form, profile.yearTable().yearHeaders(), List.copyOf(columns),
					form.size() + columns.size() + 1);
		}

		boolean detectable(Map<String, GridCell> present) {
			for (Set<String> labels : detect) {
				if (!anyPresent(labels, present)) {
					return false;
				}
			}
			return true;
		}

		/** Form fields, the year header and columns of the profile whose label is on the sheet. */
		int found(Map<String, GridCell> present) {
			int found = 0;
			for (Set<String> labels : formFields) {
				found += anyPresent(labels, present) ? 1 : 0;
			}
			found += anyPresent(yearHeaders, present) ? 1 : 0;
			for (Set<String> headers : columnFields) {
				found += anyPresent(headers, present) ? 1 : 0;
			}
			return found;
		}

		private static boolean anyPresent(Set<String> labels, Map<String, GridCell> present) {
			for (String label : labels) {
				if (present.containsKey(label)) {
					return true;
				}
			}
			return false;
		}

	}

	private final List<ProfileLabels> profiles;

	/** Every label any profile knows, to report what an unrecognised sheet does carry. */
	private final Set<String> known;

	LayoutDetector(LayoutProfiles profiles) {
		this.profiles = profiles.all().stream().map(ProfileLabels::of).toList();
		this.known = Set.copyOf(profiles.knownLabels().keySet());
	}

	Detection detect(SheetLabels sheet) {
		Map<String, GridCell> present = sheet.present();
		LayoutProfile best = null;
		double bestShare = -1;
		int bestFound = -1;
		for (ProfileLabels profile : profiles) {
			if (!profile.detectable(present)) {
				continue;
			}
			int found = profile.found(present);
			double share = found / (double) profile.fields();
			if (share > bestShare || (share == bestShare && found > bestFound)) {
				best = profile.profile();
				bestShare = share;
				bestFound = found;
			}
		}
		if (best != null) {
			return new Match(best);
		}
		List<GridCell> labels = new ArrayList<>();
		present.forEach((label, cell) -> {
			if (known.contains(label)) {
				labels.add(cell);
			}
		});
		return new NoMatch(labels);
	}

}
