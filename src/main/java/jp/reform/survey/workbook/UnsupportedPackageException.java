package jp.reform.survey.workbook;

/**
 * The streaming reader met something it does not reproduce exactly as POI would (array formulas,
 * strict OOXML, chart sheets, cells out of order, a zip it will not inflate …). Not an error for
 * the office: the file is then read by POI, which has the final word.
 */
final class UnsupportedPackageException extends Exception {

	UnsupportedPackageException(String message) {
		super(message);
	}

	UnsupportedPackageException(String message, Throwable cause) {
		super(message, cause);
	}

}
