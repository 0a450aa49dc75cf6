package jp.reform.survey.store;

import java.text.Normalizer;

/** Identity of a name written slightly differently by two departments (width, spaces). */
final class NameKeys {

	private NameKeys() {
	}

	static String of(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "");
	}

}
