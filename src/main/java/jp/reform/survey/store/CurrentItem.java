package jp.reform.survey.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * The version of an item that counts now (from its newest accepted submission), or one a past run
 * reported, with every value it carries and the cell each came from.
 *
 * @param departments every 所管課 named, in the order written; the first is the lead
 * @param variant 1, or 2, 3 … for a further item with the same number but another name
 * @param submissionId the submission this version came from (0 where none is known: items made up in tests)
 */
public record CurrentItem(long itemId, String planName, int categoryOrdinal, String categoryCode,
		String categoryName, int subcategoryOrdinal, String subcategoryCode, String subcategoryName, int itemNo,
		String name, String leadDepartment, List<String> departments, String kpiName, String kpiUnit, String fileName,
		LocalDateTime submittedAt, List<SourcedValue> values, int variant, long submissionId) {

	public CurrentItem(long itemId, String planName, int categoryOrdinal, String categoryCode, String categoryName,
			int subcategoryOrdinal, String subcategoryCode, String subcategoryName, int itemNo, String name,
			String leadDepartment, List<String> departments, String kpiName, String kpiUnit, String fileName,
			LocalDateTime submittedAt, List<SourcedValue> values) {
		this(itemId, planName, categoryOrdinal, categoryCode, categoryName, subcategoryOrdinal, subcategoryCode,
				subcategoryName, itemNo, name, leadDepartment, departments, kpiName, kpiUnit, fileName, submittedAt,
				values, 1, 0);
	}

	/** Of no known submission ({@code submissionId} 0). */
	public CurrentItem(long itemId, String planName, int categoryOrdinal, String categoryCode, String categoryName,
			int subcategoryOrdinal, String subcategoryCode, String subcategoryName, int itemNo, String name,
			String leadDepartment, List<String> departments, String kpiName, String kpiUnit, String fileName,
			LocalDateTime submittedAt, List<SourcedValue> values, int variant) {
		this(itemId, planName, categoryOrdinal, categoryCode, categoryName, subcategoryOrdinal, subcategoryCode,
				subcategoryName, itemNo, name, leadDepartment, departments, kpiName, kpiUnit, fileName, submittedAt,
				values, variant, 0);
	}

	/** Ⅲ-②-7 (大分類-中分類-No.), 2-③-1(2) for a second item with that number: how reports name an item. */
	public String code() {
		return categoryCode + "-" + subcategoryCode + "-" + itemNo + (variant > 1 ? "(" + variant + ")" : "");
	}

	public CurrentItem {
		departments = List.copyOf(departments);
		values = List.copyOf(values);
	}

	/** The value of a form field (目標, 取組内容 …), if the item carries one. */
	public Optional<SourcedValue> formValue(Field field) {
		return values.stream().filter(v -> v.fiscalYear() == null && v.field().equals(field)).findFirst();
	}

	/** The first value of a field in a fiscal year (a year row holds one per field). */
	public Optional<SourcedValue> value(Field field, int fiscalYear) {
		return values.stream()
			.filter(v -> v.field().equals(field) && Objects.equals(v.fiscalYear(), fiscalYear))
			.findFirst();
	}

	/** Every value of a field in a fiscal year: one, or several figures of one cell (「知っている91.0％ 内容も把握30.0％」). */
	public List<SourcedValue> values(Field field, int fiscalYear) {
		return values.stream()
			.filter(v -> v.field().equals(field) && Objects.equals(v.fiscalYear(), fiscalYear))
			.toList();
	}

	/** Every value of a field, in year order as stored. */
	public List<SourcedValue> values(Field field) {
		return values.stream().filter(v -> v.field().equals(field)).toList();
	}

	public boolean has(Field field) {
		return values.stream().anyMatch(v -> v.field().equals(field));
	}

}
