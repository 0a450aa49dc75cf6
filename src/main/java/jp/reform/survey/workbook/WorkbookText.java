package jp.reform.survey.workbook;

/**
 * All text of one workbook: the shared-strings table (a cell refers to entry i as i ≥ 0) and every
 * other string (inline strings, formula results, errors: stored here, referred to as -(k+1)).
 * Two pools, so the shared strings can be read on another thread while the sheets are parsed;
 * nothing is read from the shared pool before that thread has finished.
 */
final class WorkbookText {

	private final TextPool shared;

	private final TextPool own = new TextPool();

	WorkbookText(TextPool shared) {
		this.shared = shared;
	}

	/** A string of this workbook's own, not from the shared-strings table. */
	long add(CharSequence text) {
		return -(own.add(text) + 1L);
	}

	String get(long ref) {
		return ref >= 0 ? shared.get((int) ref) : own.get((int) (-ref - 1));
	}

	boolean isBlank(long ref) {
		return ref >= 0 ? shared.isBlank((int) ref) : own.isBlank((int) (-ref - 1));
	}

}
