package jp.reform.survey.normalize;

/** How a figure bounds the quantity: 以上 includes the bound, 超 excludes it. */
public enum Comparator {
	EQ("="),
	GE("≥"),
	GT(">"),
	LE("≤"),
	LT("<");

	private final String symbol;

	Comparator(String symbol) {
		this.symbol = symbol;
	}

	/** For display: = ≥ > ≤ <. */
	public String symbol() {
		return symbol;
	}
}
