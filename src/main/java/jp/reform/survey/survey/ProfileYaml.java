package jp.reform.survey.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The nodes of one profile file as the loader needs them (maps, text, flags, label lists), each check
 * failing with a message that names the file and the key, for the office staff who wrote it.
 */
final class ProfileYaml {

	private final String source;

	ProfileYaml(String source) {
		this.source = source;
	}

	/** A mapping (empty when absent); {@code allowed} null accepts any key. */
	Map<String, Object> map(Object value, String where, Set<String> allowed) {
		if (value == null) {
			return Map.of();
		}
		if (!(value instanceof Map<?, ?> raw)) {
			throw fail(where + " は「見出し: 値」の形で書きます");
		}
		Map<String, Object> map = new LinkedHashMap<>();
		raw.forEach((k, v) -> map.put(String.valueOf(k), v));
		for (String key : map.keySet()) {
			if (allowed != null && !allowed.contains(key)) {
				throw fail(where + " の「" + key + "」は使えません（使える名前: "
						+ String.join(", ", allowed.stream().sorted().toList()) + "）");
			}
		}
		return map;
	}

	/** field/key → its labels, checking that no label means two things. */
	<T> Map<String, T> labelMap(Object value, String where, Function<String, T> meaning) {
		Map<String, T> byLabel = new LinkedHashMap<>();
		map(value, where, null).forEach((key, labels) -> {
			T target = meaning.apply(key);
			for (String label : labels(labels, where + "." + key)) {
				T previous = byLabel.put(label, target);
				if (previous != null && !previous.equals(target)) {
					throw fail(where + " の見出し「" + label + "」が2つの項目に使われています");
				}
			}
		});
		return byLabel;
	}

	/** One label or a list of them, canonical. */
	List<String> labels(Object value, String where) {
		List<String> labels = new ArrayList<>();
		for (String text : texts(value, where)) {
			String canonical = Labels.canonical(text);
			if (canonical.isEmpty()) {
				throw fail(where + " に空の見出しか長すぎる見出しがあります");
			}
			labels.add(canonical);
		}
		return labels;
	}

	/** One text or a list of them. */
	List<String> texts(Object value, String where) {
		List<String> texts = new ArrayList<>();
		for (Object item : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
			texts.add(text(item, where));
		}
		return texts;
	}

	String text(Object value, String where) {
		if (value == null) {
			return null;
		}
		if (value instanceof Map || value instanceof List) {
			throw fail(where + " には文字を1つ書きます");
		}
		return String.valueOf(value).strip();
	}

	boolean bool(Object value, String where, boolean absent) {
		if (value == null) {
			return absent;
		}
		if (!(value instanceof Boolean b)) {
			throw fail(where + " には true か false を書きます");
		}
		return b;
	}

	void require(boolean condition, String message) {
		if (!condition) {
			throw fail(message);
		}
	}

	LayoutProfileException fail(String message) {
		return new LayoutProfileException(source, message);
	}

}
