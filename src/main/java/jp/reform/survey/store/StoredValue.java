package jp.reform.survey.store;

import java.math.BigDecimal;

/** A stored value and the cell it came from. */
public record StoredValue(String field, Integer fiscalYear, BigDecimal number, String text, String unit,
		String comparator, boolean approximate, String raw, String sheet, String cell) {

}
