package jp.reform.survey.survey;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The canonical labels (see {@link Labels}) of texts already seen, kept by a reader for all its
 * reads: the same labels, headings and year texts recur on every sheet of every workbook, and every
 * text cell is looked at as a possible label. Safe for concurrent reads. Bounded, so that free text
 * cannot make it grow without end: once full, new texts are canonicalised as they come.
 */
final class CanonicalLabels {

	/** Plenty for the labels and recurring texts of a survey (each at most {@link Labels#MAX_TEXT_LENGTH}). */
	private static final int MAX_TEXTS = 20_000;

	private final Map<String, String> byText = new ConcurrentHashMap<>();

	String of(String text) {
		if (text.length() > Labels.MAX_TEXT_LENGTH) {
			return Labels.canonical(text); // prose, never a label: not worth keeping
		}
		String canonical = byText.get(text);
		if (canonical == null) {
			canonical = Labels.canonical(text);
			if (byText.size() < MAX_TEXTS) {
				byText.putIfAbsent(text, canonical);
			}
		}
		return canonical;
	}

}
