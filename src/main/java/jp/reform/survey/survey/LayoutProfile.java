package jp.reform.survey.survey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.reform.survey.vocabulary.Field;

/**
 * One workbook layout described as data (a profile file the office can read and edit): which labels
 * mean which field, how to recognise the layout, where the year table is and what its columns mean.
 * Labels are kept canonical (see {@link Labels}).
 *
 * @param name short name, also the file name (standard, ogori, annaka)
 * @param title what the office calls the layout, used in messages
 * @param detect fields whose label must be on a sheet for this layout to be considered
 * @param formLabels form label → field
 * @param cardAnchor null when a sheet holds one item; else the field whose label starts each item card
 * @param itemNoFromName whether the item's No. is the circled number leading its name (「①情報提供の…」)
 * @param coverLabels cover-sheet label → what it gives
 * @param source where the profile was read from, for messages
 * @param declaredFields fields this profile adds to the vocabulary (its {@code fields:} key)
 * @param below form fields whose value is in the box under their label rather than to its right
 * @param kpiLowerIsBetter words of KPI names (canonical) that improve as they fall (時間外勤務, 待機児童), used
 *        where a target states no bound (「以下」 already says so)
 * @param list whether a sheet is a list of items, one row each, the form labels being its column headers and the
 *        years running across above the year columns (一覧表形式)
 */
public record LayoutProfile(String name, String title, List<Field> detect, Map<String, Field> formLabels,
		Field cardAnchor, boolean itemNoFromName, YearTableLayout yearTable, Map<String, CoverKey> coverLabels,
		ProfileDefaults defaults, String source, List<Field> declaredFields, Set<Field> below, boolean list,
		List<String> kpiLowerIsBetter) {

	public LayoutProfile {
		kpiLowerIsBetter = List.copyOf(kpiLowerIsBetter);
		declaredFields = List.copyOf(declaredFields);
		below = Set.copyOf(below);
		detect = List.copyOf(detect);
		// kept in the profile's order: a generated form prints each field's first label
		formLabels = Collections.unmodifiableMap(new LinkedHashMap<>(formLabels));
		coverLabels = Map.copyOf(coverLabels);
	}

	Set<Field> formFields() {
		return new LinkedHashSet<>(formLabels.values());
	}

	/** The fields of the year table: its column headers, and its row labels when the years run across. */
	Set<Field> columnFields() {
		Set<Field> fields = new LinkedHashSet<>(yearTable.columns().values());
		fields.addAll(yearTable.rows().values());
		return fields;
	}

	/** Every label of the profile (form, year header, columns), e.g. to tell a value from a label. */
	Set<String> allLabels() {
		Set<String> all = new LinkedHashSet<>(formLabels.keySet());
		all.addAll(yearTable.yearHeaders());
		all.addAll(yearTable.columns().keySet());
		all.addAll(yearTable.rows().keySet());
		return all;
	}

	/** Whether a canonical text is one of {@link #allLabels()}, without gathering them. */
	boolean isLabel(String canonical) {
		return formLabels.containsKey(canonical) || yearTable.yearHeaders().contains(canonical)
				|| yearTable.columns().containsKey(canonical) || yearTable.rows().containsKey(canonical);
	}

	/** The labels of one form field, canonical. */
	List<String> labelsOf(Field field) {
		List<String> labels = new ArrayList<>();
		formLabels.forEach((label, f) -> {
			if (f == field) {
				labels.add(label);
			}
		});
		return labels;
	}

	/** Whether a KPI of this name improves as it falls, by the profile's {@code kpiLowerIsBetter} words. */
	boolean lowerIsBetter(String kpiName) {
		String canonical = Labels.canonical(kpiName);
		return kpiLowerIsBetter.stream().anyMatch(canonical::contains);
	}

	boolean hasCards() {
		return cardAnchor != null;
	}

}
