package jp.reform.survey.consolidate;

import java.math.BigDecimal;

/**
 * Effect figures of one fiscal year (千円); null means no value was entered, which is not zero.
 *
 * @param implemented items implemented as of that year
 */
public record YearFigures(int fiscalYear, BigDecimal target, BigDecimal actual, BigDecimal rate, int implemented) {

}
