package jp.reform.survey.normalize;

import java.util.Arrays;
import java.util.Optional;

/** How a figure bounds the quantity: 以上 includes the bound, 超 excludes it. */
public enum Comparator {
	EQ("=", ""),
	GE("≥", "以上"),
	GT(">", "超"),
	LE("≤", "以下"),
	LT("<", "未満");

	private final String symbol;

	private final String word;

	Comparator(String symbol, String word) {
		this.symbol = symbol;
		this.word = word;
	}

	/** The comparator a stored value names by its {@link #symbol()}; empty for none or an unknown one. */
	public static Optional<Comparator> fromSymbol(String symbol) {
		return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol)).findFirst();
	}

	/** The bound as an office writes it after the figure: 以上, 以下, 超, 未満 ("" for =). */
	public String word() {
		return word;
	}

	/** 以下 and 未満: the figure is a ceiling, so less is better. */
	public boolean isUpperBound() {
		return this == LE || this == LT;
	}

	/** For display: = ≥ > ≤ <. */
	public String symbol() {
		return symbol;
	}
}
