package jp.reform.survey.cli;

import jp.reform.survey.store.RunOutcome;

/** How one call of {@link ConsolidationRunner#run} ended, with a sentence for the log. */
public record RunResult(RunOutcome outcome, Long jobExecutionId, String message) {

}
