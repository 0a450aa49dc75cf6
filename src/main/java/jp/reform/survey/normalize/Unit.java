package jp.reform.survey.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The unit a column header announces; money units know their factor to 千円. */
public enum Unit {
	// Checked in this order; no symbol is a prefix of another.
	MYEN("百万円", new BigDecimal("1000")),
	OKU_YEN("億円", new BigDecimal("100000")),
	KYEN("千円", BigDecimal.ONE),
	MAN_YEN("万円", BigDecimal.TEN),
	YEN("円", new BigDecimal("0.001")),
	PERCENT("%", null),
	POINT("pt", null),
	NONE(null, null);

	private static final List<Unit> ALL = List.of(values());
	private static final String OPENING = "([【〔<";
	private static final String CLOSING = ")]】〕>";
	private static final Pattern AFTER_TANI = Pattern.compile("単位:?(.*)");
	private static final Pattern LEADING_TANI = Pattern.compile("^単位:?");

	private final String symbol;
	private final BigDecimal kyenFactor;

	Unit(String symbol, BigDecimal kyenFactor) {
		this.symbol = symbol;
		this.kyenFactor = kyenFactor;
	}

	/** As shown and as stored in {@link Quantity#unit()}; null for NONE. */
	public String symbol() {
		return symbol;
	}

	public boolean isMoney() {
		return kyenFactor != null;
	}

	/** An amount in this money unit converted to 千円. */
	public BigDecimal toKyen(BigDecimal amount) {
		if (!isMoney()) {
			throw new IllegalStateException(this + " is not a money unit");
		}
		return amount.multiply(kyenFactor);
	}

	/**
	 * Reads the unit of a header or label: 効果額（千円）, 効果目標額 (円), （単位：百万円）, 達成率(%).
	 * A header without a unit gives NONE; the caller decides the column default (千円 for money).
	 */
	public static Unit fromHeader(String headerText) {
		String s = CellText.compact(headerText);
		List<String> candidates = new ArrayList<>();
		bracketed(s, candidates);
		Matcher tani = s.contains("単位") ? AFTER_TANI.matcher(s) : null;
		if (tani != null && tani.find()) {
			candidates.add(tani.group(1));
		}
		for (String candidate : candidates) {
			Unit unit = startingWith(candidate.startsWith("単位") ? LEADING_TANI.matcher(candidate).replaceFirst("") : candidate);
			if (unit != NONE) {
				return unit;
			}
		}
		return endingWith(s);
	}

	/**
	 * The text inside each opening bracket whose next bracket of any kind is a closing one: what the
	 * regex {@code [(\[【〔<]([^()\[\]【】〔〕<>]*)[)\]】〕>]} finds, by a scan.
	 */
	private static void bracketed(String s, List<String> found) {
		int open = -1;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (OPENING.indexOf(c) >= 0) {
				open = i;
			}
			else if (CLOSING.indexOf(c) >= 0) {
				if (open >= 0) {
					found.add(s.substring(open + 1, i));
				}
				open = -1;
			}
		}
	}

	/** The unit written at the start of the text (百万円, %, ポイント …), else NONE. */
	static Unit startingWith(String text) {
		for (Unit unit : ALL) {
			if (unit.symbol != null && text.startsWith(unit.symbol)) {
				return unit;
			}
		}
		return text.startsWith("ポイント") ? POINT : NONE;
	}

	private static Unit endingWith(String text) {
		for (Unit unit : ALL) {
			if (unit.symbol != null && unit != POINT && text.endsWith(unit.symbol)) {
				return unit;
			}
		}
		return NONE;
	}
}
