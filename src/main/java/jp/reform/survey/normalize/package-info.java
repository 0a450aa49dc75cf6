/**
 * Reading what people type into survey cells: fiscal-year labels, numbers with units and signs,
 * status words, category codes and form labels. Everything here is a pure function over text
 * (or an already exact stored value); callers keep the original text and the cell address.
 * The rules and their test vectors are in {@code shared/spec/normalization.md}.
 * User-facing messages are Japanese because office staff read them.
 */
package jp.reform.survey.normalize;
