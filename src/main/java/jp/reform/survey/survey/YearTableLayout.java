package jp.reform.survey.survey;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import jp.reform.survey.vocabulary.Field;

/**
 * Where a layout's year table is and what its columns mean. Labels are canonical (see {@link Labels}).
 *
 * @param yearHeaders header texts above the fiscal-year labels (「年度」, 「年度行動計画及び実績」)
 * @param columns column header → field, any order, any subset
 * @param rowKinds word after the year → kind (「R4年度実績」: 実績 → ACTUAL)
 * @param besideYear field of the unheaded cell right of the year label, per kind (null key: rows without a kind)
 * @param totalLabels labels of the check row after the years (計, 合計)
 * @param figuresInText columns whose cells are text around one figure (「人事交流 1名以上」)
 * @param statedFigures prose fields whose sentences may state a planned and an actual figure
 * @param endsAtBlankRow whether a blank row ends the table (cards stacked on one sheet)
 * @param yearsAcross whether the fiscal years run across one header row (R5 | R6 | R7) instead of down a column;
 *        {@code columns} are then the sub-headers under each year (目標 / 実績)
 * @param rows with the years across: row label → field (取組予定, 目標効果額 …); with {@code activityRows}, the
 *        label of a row that belongs to the activity above it (実施状況)
 * @param activityRows whether each row under the header is one of the item's activities (its name in the header's
 *        column, its planned action per year), Iizuka's 「項目/年度 | R6(2024) | …」
 */
public record YearTableLayout(Set<String> yearHeaders, Map<String, Field> columns, Map<String, RowKind> rowKinds,
		Map<RowKind, Field> besideYear, Set<String> totalLabels, Set<Field> figuresInText, Set<Field> statedFigures,
		boolean endsAtBlankRow, boolean yearsAcross, Map<String, Field> rows, boolean activityRows) {

	public YearTableLayout {
		yearHeaders = Set.copyOf(yearHeaders);
		columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns)); // in the profile's order, as forms print them
		rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
		rowKinds = Map.copyOf(rowKinds);
		besideYear = Collections.unmodifiableMap(new HashMap<>(besideYear));
		totalLabels = Set.copyOf(totalLabels);
		figuresInText = Set.copyOf(figuresInText);
		statedFigures = Set.copyOf(statedFigures);
	}

	boolean isYearHeader(String canonical) {
		return yearHeaders.contains(canonical);
	}

	boolean isTotal(String canonical) {
		return totalLabels.contains(canonical);
	}

	/** The field of the text beside a year label of this kind (the kind-less entry for rows without one). */
	Field besideYearField(RowKind kind) {
		Field field = kind == null ? null : besideYear.get(kind);
		return field != null ? field : besideYear.get(null);
	}

}
