package jp.reform.survey.workbook;

import javax.xml.stream.XMLInputFactory;

/**
 * StAX factories configured as POI's XMLHelper configures them: no DTDs, no external entities, no
 * validation, so a workbook cannot make the reader fetch files or expand entity bombs. One factory
 * per thread, since the JDK's factory reuses reader instances internally and is not thread-safe.
 */
final class SecureXml {

	private final ThreadLocal<XMLInputFactory> factories = ThreadLocal.withInitial(SecureXml::newFactory);

	XMLInputFactory factory() {
		return factories.get();
	}

	static XMLInputFactory newFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

}
