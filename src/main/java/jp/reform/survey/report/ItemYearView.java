package jp.reform.survey.report;

/**
 * One item's year row: 実施スケジュール and 進捗 (the status history), the financial effects and the
 * 成果指標, each with its cell.
 *
 * @param implemented whether 進捗 that year counts as implemented (実施, 検討・実施, 完了)
 */
public record ItemYearView(int fiscalYear, ValueView schedule, ValueView progress, boolean implemented,
		ValueView effectTarget, ValueView effectActual, ValueView kpiTarget, ValueView kpiActual, ValueView note) {

}
