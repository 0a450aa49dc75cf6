package jp.reform.survey.survey;

import java.util.HashMap;
import java.util.Map;

/**
 * The canonical labels (see {@link Labels}) of one workbook's texts, each text canonicalised once:
 * the same labels and year texts recur on every item sheet of a workbook. One per workbook read,
 * never shared between threads.
 */
final class CanonicalLabels {

	/** Sized for the distinct texts of a typical workbook, so it rarely rehashes. */
	private final Map<String, String> byText = new HashMap<>(512);

	String of(String text) {
		if (text.length() > Labels.MAX_TEXT_LENGTH) {
			return Labels.canonical(text); // prose, never a label: not worth hashing
		}
		String canonical = byText.get(text);
		if (canonical == null) {
			canonical = Labels.canonical(text);
			byText.put(text, canonical);
		}
		return canonical;
	}

}
