package jp.reform.survey.survey;

import java.math.BigDecimal;
import java.util.List;

import jp.reform.survey.vocabulary.Finding;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * The numbers the store can keep: {@code item_value.num_value} is DECIMAL(24, 6), 18 digits before
 * the point. A figure beyond that (1E+26, −1E+308, 27 digits pasted into an amount) is one Excel
 * accepts, so it is an error at its cell that holds back its item, never a failed run.
 */
final class StorableNumbers {

	/** The smallest magnitude that, rounded to the column's 6 decimals, needs a 19th integer digit. */
	private static final BigDecimal BEYOND = new BigDecimal("999999999999999999.9999995");

	private StorableNumbers() {
	}

	/** Adds an error for every value whose number the store cannot hold. */
	static void check(List<SourcedValue> values, List<Finding> own) {
		for (SourcedValue v : values) {
			if (v.number() != null && v.number().abs().compareTo(BEYOND) >= 0) {
				own.add(Finding.error(v.sheet(), v.cell(), "値が大きすぎて保存できません（" + shown(v) + "）",
						"絶対値が 1,000,000,000,000,000,000（10 の 18 乗）未満の数"));
			}
		}
	}

	/** The cell as written, shortened: a pasted figure may be long. */
	private static String shown(SourcedValue v) {
		String raw = v.raw() == null || v.raw().isBlank() ? v.number().toString() : v.raw().strip();
		return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
	}

}
