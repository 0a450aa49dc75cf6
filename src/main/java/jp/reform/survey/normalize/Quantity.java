package jp.reform.survey.normalize;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact number read from a cell. Money is always in 千円 (unit "千円"); percentages have unit
 * "%", percentage points "pt"; other units are kept as written (事業者, 名); null when none.
 */
public record Quantity(BigDecimal value, String unit, Comparator comparator, boolean approximate) {

	public Quantity {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(comparator, "comparator");
	}

	public static Quantity of(BigDecimal value, String unit) {
		return new Quantity(value, unit, Comparator.EQ, false);
	}

	public boolean isMoney() {
		return Unit.KYEN.symbol().equals(unit);
	}
}
