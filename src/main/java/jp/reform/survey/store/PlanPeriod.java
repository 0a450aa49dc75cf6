package jp.reform.survey.store;

/** A plan as its submissions declared it; years may be null where no cover said them. */
public record PlanPeriod(String planName, Integer firstYear, Integer lastYear, Integer reportYear) {

}
