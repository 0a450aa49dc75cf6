package jp.reform.survey.normalize;

/** Consecutive fiscal years, both ends included (a plan period such as 令和5～7年度). */
public record YearRange(int first, int last) {

	public YearRange {
		if (first > last) {
			throw new IllegalArgumentException("first " + first + " is after last " + last);
		}
	}

	public static YearRange single(int fiscalYear) {
		return new YearRange(fiscalYear, fiscalYear);
	}

	public boolean contains(int fiscalYear) {
		return first <= fiscalYear && fiscalYear <= last;
	}

	public int length() {
		return last - first + 1;
	}
}
