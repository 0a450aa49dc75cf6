package jp.reform.survey.review;

import jp.reform.survey.vocabulary.SourcedValue;

/** One value that triggered a rule, with the workbook it came from (its sheet and cell are the value's own). */
public record Evidence(String file, SourcedValue value) {

}
