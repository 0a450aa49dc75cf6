package jp.reform.survey.survey;

import java.util.Locale;

import jp.reform.survey.normalize.LabelText;

/** Labels compared in canonical form, so 「目 標：」, 「目標」 and 「ＮＯ．」/「No.」 match. */
final class Labels {

	/** Stateless; one shared instance. */
	private static final LabelText LABELS = new LabelText();

	/** Longer text is prose, never a label; skipping it keeps detection cheap. */
	private static final int MAX_LABEL_LENGTH = 40;

	/** Text longer than this is not even looked at. */
	static final int MAX_TEXT_LENGTH = MAX_LABEL_LENGTH * 2;

	private Labels() {
	}

	static String canonical(String text) {
		if (text == null || text.length() > MAX_TEXT_LENGTH) {
			return "";
		}
		String canonical = LABELS.canonical(text).toUpperCase(Locale.ROOT);
		return canonical.length() > MAX_LABEL_LENGTH ? "" : canonical;
	}

}
