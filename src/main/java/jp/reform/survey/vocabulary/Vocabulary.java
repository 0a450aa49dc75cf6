package jp.reform.survey.vocabulary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields every stage knows: the built-in ones and those the loaded layout profiles declare. Reading
 * resolves a profile's field names here, the store resolves its stored keys here, and the reports list a
 * plan's fields in this order.
 */
public final class Vocabulary {

	private final Map<String, Field> byKey = new LinkedHashMap<>();

	private Vocabulary(Collection<Field> fields) {
		fields.forEach(f -> byKey.putIfAbsent(f.key(), f));
	}

	public static Vocabulary builtIn() {
		return new Vocabulary(Field.BUILT_IN);
	}

	/**
	 * The built-in fields and {@code declared} after them. A declared field with a built-in's key is
	 * refused by the profile loader before it gets here; with another declared field's key the first wins.
	 */
	public Vocabulary with(Collection<Field> declared) {
		List<Field> all = new ArrayList<>(byKey.values());
		all.addAll(declared);
		return new Vocabulary(all);
	}

	public Optional<Field> field(String key) {
		return Optional.ofNullable(byKey.get(key));
	}

	/** The field a stored key names; an unknown key (a profile removed since) is kept as text. */
	public Field stored(String key, boolean yearly) {
		Field field = byKey.get(key);
		return field != null ? field : Field.unknown(key, yearly);
	}

	public List<Field> fields() {
		return List.copyOf(byKey.values());
	}

	/** The position of a field in the report order (unknown fields last). */
	public int order(Field field) {
		int i = 0;
		for (String key : byKey.keySet()) {
			if (key.equals(field.key())) {
				return i;
			}
			i++;
		}
		return i;
	}

}
