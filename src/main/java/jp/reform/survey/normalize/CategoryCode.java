package jp.reform.survey.normalize;

import java.util.Objects;

/**
 * A category split into its number and its name. {@code code} is the canonical display form
 * (Ⅲ for a 大分類, ② for a 中分類), {@code name} is NFKC with spaces normalised, so the same
 * category written with different widths or spacing compares equal.
 */
public record CategoryCode(int ordinal, String code, String name) {

	public CategoryCode {
		if (ordinal < 1) {
			throw new IllegalArgumentException("ordinal must be positive: " + ordinal);
		}
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
	}
}
