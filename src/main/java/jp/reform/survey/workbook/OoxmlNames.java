package jp.reform.survey.workbook;

/** Namespaces and relationship types of transitional OOXML, the dialect Excel writes. */
final class OoxmlNames {

	static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	static final String OFFICE_DOCUMENT = RELATIONSHIPS + "/officeDocument";

	static final String WORKSHEET = RELATIONSHIPS + "/worksheet";

	static final String SHARED_STRINGS = RELATIONSHIPS + "/sharedStrings";

	static final String STYLES = RELATIONSHIPS + "/styles";

	static final String CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

	static final String DCTERMS = "http://purl.org/dc/terms/";

	static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private OoxmlNames() {
	}

}
