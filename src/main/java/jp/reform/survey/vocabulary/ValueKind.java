package jp.reform.survey.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a field's cells are read and how its values are shown. */
public enum ValueKind {

	/** A short text: a name, departments. */
	NAME,
	/** A category: code and name (Ⅲ 持続可能な…). */
	CODE,
	/** A whole number identifying an item within its 中分類. */
	NUMBER,
	/** A fiscal-year label. */
	YEAR,
	/** Status words (実施, 検討 …, ↓ = the row above). */
	STATUS,
	/** An amount of money, kept in 千円. */
	MONEY,
	/** A figure with its unit and bound (57.4 %, 1名以上, 40団体). */
	FIGURE,
	/** An achievement rate in percent. */
	RATE,
	/** Free text, kept as written. */
	PROSE;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ValueKind> fromKey(String key) {
		return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
	}

	public boolean numeric() {
		return this == MONEY || this == FIGURE || this == RATE;
	}

}
