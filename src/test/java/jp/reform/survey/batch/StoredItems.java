package jp.reform.survey.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * Every stored value of every current item, as an item-level comparison sees it: the item's name, its
 * departments as a list, its KPI, and each value by field and fiscal year — text with its whitespace
 * normalised, number exact (no trailing zeros) with its unit, bound and 約 — but not where it came from
 * (file, sheet, cell, the text as typed), which a retyped or reshaped workbook legitimately changes.
 *
 * @param items by 「Ⅲ-②-7」 (大分類-中分類-No.)
 */
record StoredItems(Map<String, Item> items) {

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");

	/** One value as compared; its field and year are the key it is filed under. */
	record Value(String text, BigDecimal number, String unit, String bound, boolean approximate) {

		@Override
		public String toString() {
			return (text == null ? "" : "「" + text + "」") + (number == null ? "" : (approximate ? "約" : "") + number
					+ (unit == null ? "" : unit) + (bound == null ? "" : bound));
		}

	}

	/**
	 * @param values by 「effect_actual 2021」 (field key and fiscal year; 「goal -」 for the form part), in the
	 *     order stored
	 */
	record Item(String name, List<String> departments, String kpiName, String kpiUnit, Map<String, List<Value>> values) {
	}

	static StoredItems of(List<CurrentItem> current) {
		Map<String, Item> items = new TreeMap<>();
		for (CurrentItem item : current) {
			Map<String, List<Value>> values = new TreeMap<>();
			for (SourcedValue v : item.values()) {
				values.computeIfAbsent(key(v.field().key(), v.fiscalYear()), k -> new ArrayList<>()).add(value(v));
			}
			Item previous = items.put(item.categoryCode() + "-" + item.subcategoryCode() + "-" + item.itemNo(),
					new Item(item.name(), item.departments(), item.kpiName(), item.kpiUnit(), values));
			if (previous != null) {
				throw new IllegalStateException("two current versions of one item: " + item);
			}
		}
		return new StoredItems(items);
	}

	static String key(String field, Integer fiscalYear) {
		return field + " " + (fiscalYear == null ? "-" : fiscalYear.toString());
	}

	private static Value value(SourcedValue v) {
		String text = v.text() == null ? null : WHITESPACE.matcher(v.text()).replaceAll(" ").strip();
		BigDecimal number = v.number() == null ? null : v.number().stripTrailingZeros();
		if (number != null && number.scale() < 0) {
			number = number.setScale(0);
		}
		return new Value(text, number, v.unit(), v.comparator(), v.approximate());
	}

	/** These items with the values under {@code key} of item {@code code} changed; for what a variant adds. */
	StoredItems with(String code, String key, UnaryOperator<Value> change) {
		Map<String, Item> changed = new TreeMap<>(items);
		Item item = Objects.requireNonNull(changed.get(code), code);
		Map<String, List<Value>> values = new TreeMap<>(item.values());
		values.put(key, Objects.requireNonNull(values.get(key), code + " " + key).stream().map(change).toList());
		changed.put(code, new Item(item.name(), item.departments(), item.kpiName(), item.kpiUnit(), values));
		return new StoredItems(changed);
	}

	/** These items without any value of {@code field} in item {@code code}; for a column a variant leaves out. */
	StoredItems without(String code, String field) {
		Map<String, Item> changed = new TreeMap<>(items);
		Item item = Objects.requireNonNull(changed.get(code), code);
		Map<String, List<Value>> values = new TreeMap<>(item.values());
		values.keySet().removeIf(key -> key.startsWith(field + " "));
		changed.put(code, new Item(item.name(), item.departments(), item.kpiName(), item.kpiUnit(), values));
		return new StoredItems(changed);
	}

	/** Every way these items differ from {@code expected}, one line each; empty when they are equal. */
	List<String> differencesFrom(StoredItems expected) {
		List<String> differences = new ArrayList<>();
		for (String code : union(expected.items.keySet(), items.keySet())) {
			Item want = expected.items.get(code);
			Item got = items.get(code);
			if (want == null || got == null) {
				differences.add(code + ": " + (want == null ? "only here" : "missing"));
				continue;
			}
			compare(differences, code + " 実施項目", want.name(), got.name());
			compare(differences, code + " 所管課", want.departments(), got.departments());
			compare(differences, code + " 成果指標", want.kpiName(), got.kpiName());
			compare(differences, code + " 成果指標の単位", want.kpiUnit(), got.kpiUnit());
			for (String key : union(want.values().keySet(), got.values().keySet())) {
				compare(differences, code + " " + key, want.values().get(key), got.values().get(key));
			}
		}
		return differences;
	}

	private static void compare(List<String> differences, String what, Object want, Object got) {
		if (!Objects.equals(want, got)) {
			differences.add(what + ": " + (want == null ? "(none)" : want) + " ≠ " + (got == null ? "(none)" : got));
		}
	}

	private static TreeSet<String> union(Set<String> a, Set<String> b) {
		TreeSet<String> all = new TreeSet<>(a);
		all.addAll(b);
		return all;
	}

}
